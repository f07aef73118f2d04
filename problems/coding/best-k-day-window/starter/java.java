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
        int k = Integer.parseInt(in.sval);
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            p[i] = Long.parseLong(in.sval);
        }
        long best = 0;
        int bestStart = 1;
        // Find the best run of k consecutive days.
        System.out.println(best + " " + bestStart);
    }
}
