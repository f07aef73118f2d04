#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<long long> w(n);
    long long lo = 0, hi = 0;
    for (auto &x : w) {
        scanf("%lld", &x);
        lo = max(lo, x);
        hi += x;
    }
    auto daysNeeded = [&](long long cap) {
        int days = 1;
        long long load = 0;
        for (long long x : w) {
            if (load + x > cap) {
                days++;
                load = 0;
            }
            load += x;
        }
        return days;
    };
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (daysNeeded(mid) <= d) hi = mid;
        else lo = mid + 1;
    }
    printf("%lld\n", lo);
    return 0;
}
