#include <bits/stdc++.h>
using namespace std;

static int precedence(char op) { return (op == '+' || op == '-') ? 1 : 2; }

static void apply(vector<long long> &values, char op) {
    long long b = values.back();
    values.pop_back();
    long long a = values.back();
    values.pop_back();
    long long r;
    switch (op) {
        case '+': r = a + b; break;
        case '-': r = a - b; break;
        case '*': r = a * b; break;
        default: r = a / b;  // C++ division truncates toward zero
    }
    values.push_back(r);
}

static long long evaluate(const string &s) {
    vector<long long> values;
    vector<char> ops;
    size_t i = 0, n = s.size();
    while (i < n) {
        char c = s[i];
        if (isdigit((unsigned char)c)) {
            long long v = 0;
            while (i < n && isdigit((unsigned char)s[i])) v = v * 10 + (s[i++] - '0');
            values.push_back(v);
            continue;
        }
        if (c == '(') {
            ops.push_back(c);
        } else if (c == ')') {
            while (ops.back() != '(') {
                apply(values, ops.back());
                ops.pop_back();
            }
            ops.pop_back();
        } else if (c == '+' || c == '-' || c == '*' || c == '/') {
            while (!ops.empty() && ops.back() != '(' && precedence(ops.back()) >= precedence(c)) {
                apply(values, ops.back());
                ops.pop_back();
            }
            ops.push_back(c);
        }
        i++;
    }
    while (!ops.empty()) {
        apply(values, ops.back());
        ops.pop_back();
    }
    return values[0];
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string line;
    getline(cin, line);
    int t = stoi(line);
    string out;
    for (int k = 0; k < t; k++) {
        getline(cin, line);
        out += to_string(evaluate(line));
        out += '\n';
    }
    cout << out;
    return 0;
}
