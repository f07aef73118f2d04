// One pass with a hash map of the values seen so far: each value pairs with every earlier target - value.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    unordered_map<long long, long long> seen;
    seen.reserve(n * 2 + 1);
    long long pairs = 0;
    for (int i = 0; i < n; i++) {
        long long value;
        scanf("%lld", &value);
        auto found = seen.find(target - value);
        if (found != seen.end()) pairs += found->second;
        seen[value]++;
    }
    printf("%lld\n", pairs);
    return 0;
}
