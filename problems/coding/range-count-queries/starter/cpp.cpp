#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> readings(n);
    for (auto &x : readings) scanf("%d", &x);
    while (q--) {
        int lo, hi;
        scanf("%d %d", &lo, &hi);
        // Count the readings with lo <= r <= hi.
        printf("%d\n", 0);
    }
    return 0;
}
