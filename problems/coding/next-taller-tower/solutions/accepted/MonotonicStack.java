import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in);
        int[] h = new int[n];
        for (int i = 0; i < n; i++) h[i] = readInt(in);
        int[] answer = new int[n];
        int[] stack = new int[n];
        int top = 0;
        for (int j = 0; j < n; j++) {
            while (top > 0 && h[stack[top - 1]] < h[j]) answer[stack[--top]] = j + 1;
            stack[top++] = j;
        }
        StringBuilder out = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(' ');
            out.append(answer[i]);
        }
        out.append('\n');
        PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out)));
        writer.print(out);
        writer.flush();
    }

    private static int readInt(DataInputStream in) throws IOException {
        int c = in.read();
        while (c == ' ' || c == '\n' || c == '\r') c = in.read();
        int value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = in.read();
        }
        return value;
    }
}
