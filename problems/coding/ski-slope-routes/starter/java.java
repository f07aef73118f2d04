import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(first.nextToken());
        int c = Integer.parseInt(first.nextToken());
        String[] grid = new String[r]; // grid[i].charAt(j) is '.' (open snow) or '#' (tree)
        for (int i = 0; i < r; i++) grid[i] = in.readLine().trim();
        final int MOD = 1_000_000_007;
        // Write your solution here: print the number of routes modulo 1000000007.
        System.out.println(0);
    }
}
