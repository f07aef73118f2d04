#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>
using namespace std;

int main() {
    int m;
    if (scanf("%d", &m) != 1) return 0;
    vector<long long> value;
    vector<int> left, right;
    char buf[32];
    int parent = 0;
    for (int pos = 0; pos < m; pos++) {
        scanf("%31s", buf);
        bool isNull = strcmp(buf, "null") == 0;
        if (pos == 0) {
            value.push_back(atoll(buf));
            left.push_back(-1);
            right.push_back(-1);
            continue;
        }
        bool isLeft = (pos % 2) == 1;  // tokens 1,2 belong to node 0; 3,4 to node 1; ...
        parent = (pos - 1) / 2;
        if (!isNull) {
            int child = (int)value.size();
            value.push_back(atoll(buf));
            left.push_back(-1);
            right.push_back(-1);
            (isLeft ? left : right)[parent] = child;
        }
    }
    int q;
    scanf("%d", &q);
    vector<char> out;
    out.reserve((size_t)q * 12);
    for (int i = 0; i < q; i++) {
        long long u, v;
        scanf("%lld %lld", &u, &v);
        long long lo = u < v ? u : v, hi = u < v ? v : u;
        int node = 0;
        for (;;) {
            long long x = value[node];
            if (hi < x) node = left[node];
            else if (lo > x) node = right[node];
            else break;
        }
        char tmp[24];
        int len = snprintf(tmp, sizeof tmp, "%lld\n", value[node]);
        out.insert(out.end(), tmp, tmp + len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
