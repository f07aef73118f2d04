#include <bits/stdc++.h>
using namespace std;

bool hasCycle(int n, const vector<pair<int, int>> &edges) {
    // edges: (a, b) pairs, "cell a reads cell b".
    return false;
}

int main() {
    int t;
    scanf("%d", &t);
    while (t--) {
        int n, m;
        scanf("%d %d", &n, &m);
        vector<pair<int, int>> edges(m);
        for (auto &e : edges) scanf("%d %d", &e.first, &e.second);
        puts(hasCycle(n, edges) ? "CIRCULAR" : "OK");
    }
    return 0;
}
