#include <iostream>
#include <utility>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::vector<std::pair<int, int>> rules(m);
    for (auto& [a, b] : rules) std::cin >> a >> b;
    // Write your solution here: print the smallest compile order, or IMPOSSIBLE.
    std::cout << "IMPOSSIBLE\n";
}
