#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d;
    scanf("%d %d", &n, &d);
    vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    long long capacity = 0;
    // Find the smallest capacity that delivers everything within d days.
    printf("%lld\n", capacity);
    return 0;
}
