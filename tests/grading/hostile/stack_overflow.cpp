// Recurse without end: the stack overflows and the program dies of SIGSEGV.
#include <cstdio>

int down(int depth) {
    volatile char frame[64];
    frame[0] = static_cast<char>(depth);
    return down(depth + 1) + frame[0];
}

int main() { std::printf("%d\n", down(0)); }
