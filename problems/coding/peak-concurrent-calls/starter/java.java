import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[][] calls = new long[n][2];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            calls[i][0] = (long) in.nval;
            in.nextToken();
            calls[i][1] = (long) in.nval;
        }
        // Write your solution here.
        long peak = 0, firstAt = 0;
        System.out.println(peak + " " + firstAt);
    }
}
