import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(System.in);
        int n = readInt(in), m = readInt(in), s = readInt(in), t = readInt(in);
        int[] from = new int[m], to = new int[m];
        long[] cost = new long[m];
        for (int i = 0; i < m; i++) {
            from[i] = readInt(in);
            to[i] = readInt(in);
            cost[i] = readInt(in);
        }
        // Write your solution here: print the cheapest cost from s to t, or -1 (use long).
        System.out.println(-1);
    }

    private static int readInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        int value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return negative ? -value : value;
    }
}
