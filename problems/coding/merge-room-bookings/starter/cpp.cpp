#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<long long, long long>> bookings(n);
    for (auto &b : bookings) scanf("%lld %lld", &b.first, &b.second);
    // Write your solution here.
    vector<pair<long long, long long>> blocks = bookings;
    printf("%d\n", (int)blocks.size());
    for (auto &b : blocks) printf("%lld %lld\n", b.first, b.second);
    return 0;
}
