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
        int[] h = new int[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            h[i] = Integer.parseInt(in.sval);
        }
        int[] answer = new int[n];
        // For each tower, the 1-based number of the nearest strictly taller tower to its east, or 0.
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(i > 0 ? " " : "").append(answer[i]);
        System.out.println(out);
    }
}
