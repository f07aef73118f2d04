import java.io.DataInputStream;
import java.io.IOException;

public class Main {
    static int[] parent;
    static int[] size;

    static int find(int x) {
        int root = x;
        while (parent[root] != root) root = parent[root];
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(System.in, 1 << 16));
        int n = readInt(in), m = readInt(in);
        parent = new int[n + 1];
        size = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
        int networks = n;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < m; i++) {
            int ra = find(readInt(in)), rb = find(readInt(in));
            if (ra != rb) {
                if (size[ra] < size[rb]) {
                    int swap = ra;
                    ra = rb;
                    rb = swap;
                }
                parent[rb] = ra;
                size[ra] += size[rb];
                networks--;
            }
            out.append(networks).append('\n');
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
