#include <iostream>
#include <string>

int main() {
    std::ios::sync_with_stdio(false);
    std::cin.tie(nullptr);
    int n, m;
    std::cin >> n >> m;
    std::string out;
    for (int i = 0; i < m; ++i) {
        int a, b;
        std::cin >> a >> b;
        // Write your solution here: after each cable, output the number of networks.
        out += std::to_string(n) + '\n';
    }
    std::cout << out;
}
