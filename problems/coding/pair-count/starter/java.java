import java.io.*;
import java.util.*;

public class Main {
    // Count the pairs of positions i < j with values[i] + values[j] == target.
    static long countPairs(long[] values, long target) {
        // Write your solution here.
        return 0;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.resetSyntax();
        in.wordChars('!', '~');
        in.whitespaceChars(0, ' ');
        in.nextToken();
        int n = Integer.parseInt(in.sval);
        in.nextToken();
        long target = Long.parseLong(in.sval);
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            values[i] = Long.parseLong(in.sval);
        }
        System.out.println(countPairs(values, target));
    }
}
