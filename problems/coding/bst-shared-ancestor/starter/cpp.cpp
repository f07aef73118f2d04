#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    cin >> m;
    vector<string> tokens(m);  // integers as text, or "null"
    for (auto &t : tokens) cin >> t;
    int q;
    cin >> q;
    // Build the tree once, then answer each query.
    for (int i = 0; i < q; i++) {
        long long u, v;
        cin >> u >> v;
        cout << u << "\n";
    }
    return 0;
}
