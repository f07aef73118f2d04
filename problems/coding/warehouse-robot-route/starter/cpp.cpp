#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);  // grid[r][c] is one of . # S E
    for (auto &line : grid) cin >> line;
    // Write your solution here.
    cout << -1 << "\n";
    return 0;
}
