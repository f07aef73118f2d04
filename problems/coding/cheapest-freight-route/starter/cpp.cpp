#include <iostream>
#include <tuple>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m, s, t;
    std::cin >> n >> m >> s >> t;
    std::vector<std::tuple<int, int, long long>> lanes(m);
    for (auto& [u, v, w] : lanes) std::cin >> u >> v >> w;
    // Write your solution here: print the cheapest cost from s to t, or -1 (use long long).
    std::cout << -1 << '\n';
}
