import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String[] rc = in.readLine().trim().split("\\s+");
        int rows = Integer.parseInt(rc[0]), cols = Integer.parseInt(rc[1]);
        char[][] grid = new char[rows][];
        int start = -1, end = -1;
        for (int r = 0; r < rows; r++) {
            grid[r] = in.readLine().trim().toCharArray();
            for (int c = 0; c < cols; c++) {
                if (grid[r][c] == 'S') start = r * cols + c;
                if (grid[r][c] == 'E') end = r * cols + c;
            }
        }
        int[] dist = new int[rows * cols];
        java.util.Arrays.fill(dist, -1);
        int[] queue = new int[rows * cols];
        int head = 0, tail = 0;
        queue[tail++] = start;
        dist[start] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail && dist[end] < 0) {
            int cell = queue[head++];
            int r = cell / cols, c = cell % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == '#') continue;
                int v = nr * cols + nc;
                if (dist[v] >= 0) continue;
                dist[v] = dist[cell] + 1;
                queue[tail++] = v;
            }
        }
        System.out.println(dist[end]);
    }
}
