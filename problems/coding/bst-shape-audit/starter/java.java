import java.io.*;
import java.util.*;

public class Main {
    static boolean isSearchTree(String[] tokens) {
        // tokens: the level-order serialisation (integers as text, or "null").
        return true;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(in.readLine().trim());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t; i++) {
            int m = Integer.parseInt(in.readLine().trim());
            String[] tokens = in.readLine().trim().split("\\s+");
            sb.append(isSearchTree(tokens) ? "YES" : "NO").append('\n');
        }
        System.out.print(sb);
    }
}
