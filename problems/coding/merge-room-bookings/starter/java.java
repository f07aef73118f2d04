import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[][] bookings = new long[n][2];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            bookings[i][0] = (long) in.nval;
            in.nextToken();
            bookings[i][1] = (long) in.nval;
        }
        // Write your solution here.
        long[][] blocks = bookings;
        StringBuilder sb = new StringBuilder();
        sb.append(blocks.length).append('\n');
        for (long[] b : blocks) sb.append(b[0]).append(' ').append(b[1]).append('\n');
        System.out.print(sb);
    }
}
