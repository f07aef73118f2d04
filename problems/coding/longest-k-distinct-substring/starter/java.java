import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int k = Integer.parseInt(in.readLine().trim());
        String s = in.readLine().trim();
        int bestLen = 0, bestStart = 0;
        // Find the first longest substring with at most k distinct letters.
        System.out.println(bestLen + " " + bestStart);
    }
}
