#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> calls(n);
    for (auto &c : calls) scanf("%lld %lld", &c.first, &c.second);
    // Write your solution here.
    long long peak = 0, firstAt = 0;
    printf("%lld %lld\n", peak, firstAt);
    return 0;
}
