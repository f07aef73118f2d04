import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        final int mod = 1_000_000_007;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer first = new StringTokenizer(in.readLine());
        int r = Integer.parseInt(first.nextToken());
        int c = Integer.parseInt(first.nextToken());
        int[] ways = new int[c];
        ways[0] = 1;
        for (int i = 0; i < r; i++) {
            String row = in.readLine().trim();
            int left = 0;
            for (int j = 0; j < c; j++) {
                left = row.charAt(j) == '#' ? 0 : (ways[j] + left) % mod;
                ways[j] = left;
            }
        }
        System.out.println(ways[c - 1]);
    }
}
