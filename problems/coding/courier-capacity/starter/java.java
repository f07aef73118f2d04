import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.resetSyntax();
        in.wordChars('!', '~');
        in.whitespaceChars(0, ' ');
        in.nextToken();
        int n = Integer.parseInt(in.sval);
        in.nextToken();
        int d = Integer.parseInt(in.sval);
        long[] w = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            w[i] = Long.parseLong(in.sval);
        }
        long capacity = 0;
        // Find the smallest capacity that delivers everything within d days.
        System.out.println(capacity);
    }
}
