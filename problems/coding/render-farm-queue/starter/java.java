import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        long[] d = new long[n];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            d[i] = (long) in.nval;
        }
        // Write your solution here.
        long last = 0;
        int[] assigned = new int[n];
        Arrays.fill(assigned, 1);
        StringBuilder sb = new StringBuilder();
        sb.append(last).append('\n');
        for (int i = 0; i < n; i++) sb.append(i > 0 ? " " : "").append(assigned[i]);
        System.out.println(sb);
    }
}
