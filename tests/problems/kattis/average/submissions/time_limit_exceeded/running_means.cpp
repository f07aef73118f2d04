#include <cstdio>
#include <vector>

// Recomputes the mean of every prefix from scratch: quadratic in n.
int main() {
    int n = 0;
    if (std::scanf("%d", &n) != 1) return 1;
    std::vector<double> values(n);
    for (int i = 0; i < n; ++i) {
        long long value = 0;
        std::scanf("%lld", &value);
        values[i] = static_cast<double>(value);
    }
    double mean = 0;
    for (int i = 0; i < n; ++i) {
        double total = 0;
        for (int j = 0; j <= i; ++j) total += values[j];
        mean = total / (i + 1);
    }
    std::printf("%.9f\n", mean);
}
