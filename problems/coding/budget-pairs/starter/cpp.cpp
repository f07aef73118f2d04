#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long budget;
    scanf("%d %lld", &n, &budget);
    vector<long long> prices(n);
    for (auto &x : prices) scanf("%lld", &x);
    long long count = 0;
    // Count the pairs i < j with prices[i] + prices[j] <= budget.
    printf("%lld\n", count);
    return 0;
}
