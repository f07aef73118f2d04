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
        int q = Integer.parseInt(in.sval);
        int[] readings = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            readings[i] = Integer.parseInt(in.sval);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            in.nextToken();
            int lo = Integer.parseInt(in.sval);
            in.nextToken();
            int hi = Integer.parseInt(in.sval);
            // Count the readings with lo <= r <= hi.
            out.append(0).append('\n');
        }
        System.out.print(out);
    }
}
