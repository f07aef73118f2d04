import java.io.DataInputStream;
import java.io.IOException;
import java.util.Locale;

public class Average {
    private static final DataInputStream IN = new DataInputStream(System.in);
    private static final byte[] BUFFER = new byte[1 << 16];
    private static int length = 0;
    private static int position = 0;

    private static int read() throws IOException {
        if (position == length) {
            length = IN.read(BUFFER, 0, BUFFER.length);
            position = 0;
            if (length <= 0) return -1;
        }
        return BUFFER[position++];
    }

    private static long nextLong() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        boolean negative = c == '-';
        if (negative) c = read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        long n = nextLong();
        long total = 0;
        for (long i = 0; i < n; i++) total += nextLong();
        System.out.println(String.format(Locale.ROOT, "%.7f", (double) total / n));
    }
}
