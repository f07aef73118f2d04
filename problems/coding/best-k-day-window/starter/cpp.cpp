#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> p(n);
    for (auto &x : p) scanf("%lld", &x);
    long long best = 0;
    int bestStart = 1;
    // Find the best run of k consecutive days.
    printf("%lld %d\n", best, bestStart);
    return 0;
}
