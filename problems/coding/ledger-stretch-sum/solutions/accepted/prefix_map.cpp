#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    unordered_map<long long, int> lastSeen;
    lastSeen.reserve(2 * n + 2);
    lastSeen[0] = 0;
    long long prefix = 0;
    for (int day = 1; day <= n; day++) {
        long long x;
        scanf("%lld", &x);
        prefix += x;
        auto it = lastSeen.find(prefix - t);
        if (it != lastSeen.end()) {
            printf("%d %d\n", it->second + 1, day);
            return 0;
        }
        lastSeen[prefix] = day;
    }
    printf("-1\n");
    return 0;
}
