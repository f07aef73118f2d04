import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), m = readInt(in);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < m; i++) {
            int a = readInt(in), b = readInt(in);
            // Write your solution here: after each cable, output the number of networks.
            out.append(n).append('\n');
        }
        System.out.print(out);
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
