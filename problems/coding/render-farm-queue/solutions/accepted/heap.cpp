#include <cstdio>
#include <queue>
#include <string>
#include <utility>
#include <vector>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<pair<long long, int>>> idle;
    for (int node = 1; node <= min(n, m); node++) idle.push({0, node});
    long long last = 0;
    string out;
    out.reserve(8 * (size_t)n);
    for (int i = 0; i < n; i++) {
        long long d;
        scanf("%lld", &d);
        auto [freeAt, node] = idle.top();
        idle.pop();
        long long end = freeAt + d;
        idle.push({end, node});
        if (end > last) last = end;
        if (i) out += ' ';
        out += to_string(node);
    }
    printf("%lld\n%s\n", last, out.c_str());
    return 0;
}
