// Nested conditionals as arguments of a generic method: javac's inference takes time exponential in
// the depth (each level doubles it), here 24 levels.
public class Main {
    static <T> T m(T x) {
        return x;
    }

    public static void main(String[] args) {
        boolean b = args.length > 0;
        Integer o = m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b
            ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? m(b ? 0 : 0) : 1) : 2) : 3) : 4) : 5) : 6) : 7)
            : 8) : 9) : 10) : 11) : 12) : 13) : 14) : 15) : 16) : 17) : 18) : 19) : 20) : 21) : 22) : 23);
        System.out.println(o);
    }
}
