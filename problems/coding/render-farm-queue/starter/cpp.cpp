#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<long long> d(n);
    for (auto &x : d) scanf("%lld", &x);
    // Write your solution here.
    long long last = 0;
    vector<int> assigned(n, 1);
    printf("%lld\n", last);
    for (int i = 0; i < n; i++) printf("%d%c", assigned[i], i + 1 == n ? '\n' : ' ');
    return 0;
}
