import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int cap = in.nextInt();
        int[] weight = new int[n];
        long[] value = new long[n];
        for (int i = 0; i < n; i++) {
            weight[i] = in.nextInt();
            value[i] = in.nextLong();
        }
        // Write your solution here: print the largest total value within `cap` grams (use long).
        System.out.println(0);
    }
}
