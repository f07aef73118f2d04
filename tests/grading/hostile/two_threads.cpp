// Not hostile: a right answer computed in two std::threads with default stacks, as a candidate might
// write it. It must be judged like any other program.
#include <cstdio>
#include <thread>

int main() {
    long long a = 0, b = 0;
    if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
    long long parts[2] = {0, 0};
    std::thread first([&] { parts[0] = a; });
    std::thread second([&] { parts[1] = b; });
    first.join();
    second.join();
    std::printf("%lld\n", parts[0] + parts[1]);
}
