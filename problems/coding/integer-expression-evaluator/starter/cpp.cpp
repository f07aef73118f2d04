#include <bits/stdc++.h>
using namespace std;

long long evaluate(const string &formula) {
    // Return the value of the formula; "/" truncates toward zero.
    return 0;
}

int main() {
    string line;
    getline(cin, line);
    int t = stoi(line);
    for (int i = 0; i < t; i++) {
        getline(cin, line);
        cout << evaluate(line) << "\n";
    }
    return 0;
}
