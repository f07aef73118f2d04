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
        long budget = Long.parseLong(in.sval);
        long[] prices = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            prices[i] = Long.parseLong(in.sval);
        }
        long count = 0;
        // Count the pairs i < j with prices[i] + prices[j] <= budget.
        System.out.println(count);
    }
}
