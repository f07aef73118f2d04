#include <cstdio>

// Two decimals are not enough for a tolerance of 1e-6.
int main() {
    long long n = 0, value = 0, total = 0;
    if (std::scanf("%lld", &n) != 1) return 1;
    for (long long i = 0; i < n; ++i) {
        std::scanf("%lld", &value);
        total += value;
    }
    std::printf("%.2f\n", static_cast<double>(total) / static_cast<double>(n));
}
