#include <bits/stdc++.h>
using namespace std;

// Count the pairs of positions i < j with values[i] + values[j] == target.
long long countPairs(const vector<long long>& values, long long target) {
    // Write your solution here.
    return 0;
}

int main() {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    vector<long long> values(n);
    for (auto& value : values) scanf("%lld", &value);
    printf("%lld\n", countPairs(values, target));
    return 0;
}
