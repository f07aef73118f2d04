import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int m = Integer.parseInt(in.readLine().trim());
        String[] tokens = in.readLine().trim().split("\\s+"); // integers as text, or "null"
        int q = Integer.parseInt(in.readLine().trim());
        StringBuilder sb = new StringBuilder();
        // Build the tree once, then answer each query.
        for (int i = 0; i < q; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            long u = Long.parseLong(st.nextToken()), v = Long.parseLong(st.nextToken());
            sb.append(u).append('\n');
        }
        System.out.print(sb);
    }
}
