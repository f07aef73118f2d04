#include <bits/stdc++.h>
using namespace std;

int main() {
    int k;
    string s;
    cin >> k >> s;
    int bestLen = 0, bestStart = 0;
    // Find the first longest substring with at most k distinct letters.
    cout << bestLen << " " << bestStart << "\n";
    return 0;
}
