#include <iostream>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int r, c;
    std::cin >> r >> c;
    std::vector<std::string> grid(r);  // grid[i][j] is '.' (open snow) or '#' (tree)
    for (auto& row : grid) std::cin >> row;
    const long long MOD = 1000000007;
    // Write your solution here: print the number of routes modulo 1000000007.
    std::cout << 0 << '\n';
}
