import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int m = Integer.parseInt(in.readLine().trim());
        String line = m > 0 ? in.readLine() : "";
        String[] values = line.trim().split("\\s+"); // integers as text, or "null"
        // Build the tree from the level-order tokens, then measure it.
        int depth = 0, span = 0;
        System.out.println(depth + " " + span);
    }
}
