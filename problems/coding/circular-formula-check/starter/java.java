import java.io.*;
import java.util.*;

public class Main {
    static boolean hasCycle(int n, int[][] edges) {
        // edges: {a, b} pairs, "cell a reads cell b".
        return false;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int t = (int) in.nval;
        StringBuilder sb = new StringBuilder();
        for (int tc = 0; tc < t; tc++) {
            in.nextToken();
            int n = (int) in.nval;
            in.nextToken();
            int m = (int) in.nval;
            int[][] edges = new int[m][2];
            for (int i = 0; i < m; i++) {
                in.nextToken();
                edges[i][0] = (int) in.nval;
                in.nextToken();
                edges[i][1] = (int) in.nval;
            }
            sb.append(hasCycle(n, edges) ? "CIRCULAR" : "OK").append('\n');
        }
        System.out.print(sb);
    }
}
