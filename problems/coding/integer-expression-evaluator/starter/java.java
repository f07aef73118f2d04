import java.io.*;

public class Main {
    static long evaluate(String formula) {
        // Return the value of the formula; "/" truncates toward zero.
        return 0;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int t = Integer.parseInt(in.readLine().trim());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t; i++) {
            out.append(evaluate(in.readLine())).append('\n');
        }
        System.out.print(out);
    }
}
