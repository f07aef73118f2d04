#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    // Find the stretch and print "l r" (1-based), or -1.
    printf("-1\n");
    return 0;
}
