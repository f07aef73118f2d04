import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int k = Integer.parseInt(in.readLine().trim());
        String s = in.readLine().trim();
        int[] counts = new int[26];
        int distinct = 0, left = 0, bestLen = 0, bestStart = 0;
        for (int right = 0; right < s.length(); right++) {
            int c = s.charAt(right) - 'a';
            if (counts[c]++ == 0) distinct++;
            while (distinct > k) {
                int out = s.charAt(left++) - 'a';
                if (--counts[out] == 0) distinct--;
            }
            if (right - left + 1 > bestLen) {
                bestLen = right - left + 1;
                bestStart = left;
            }
        }
        System.out.println(bestLen + " " + bestStart);
    }
}
