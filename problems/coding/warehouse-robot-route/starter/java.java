import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(st.nextToken()), cols = Integer.parseInt(st.nextToken());
        char[][] grid = new char[rows][]; // grid[r][c] is one of . # S E
        for (int r = 0; r < rows; r++) grid[r] = in.readLine().trim().toCharArray();
        // Write your solution here.
        System.out.println(-1);
    }
}
