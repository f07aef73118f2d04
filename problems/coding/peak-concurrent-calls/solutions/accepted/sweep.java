import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) readLong(in);
        // Encode each event as time * 2 + (0 for an end, 1 for a start): ends sort first at equal times.
        long[] events = new long[2 * n];
        for (int i = 0; i < n; i++) {
            long s = readLong(in), e = readLong(in);
            events[2 * i] = s * 2 + 1;
            events[2 * i + 1] = e * 2;
        }
        Arrays.sort(events);
        int current = 0, best = 0;
        long bestAt = 0;
        for (long ev : events) {
            if ((ev & 1) == 1) {
                current++;
                if (current > best) {
                    best = current;
                    bestAt = ev >> 1;
                }
            } else {
                current--;
            }
        }
        System.out.println(best + " " + bestAt);
    }

    private static long readLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        long r = 0;
        while (c >= '0' && c <= '9') {
            r = r * 10 + (c - '0');
            c = in.read();
        }
        return r;
    }
}
