#include <iostream>
#include <vector>

int main() {
    int n, amount;
    std::cin >> n >> amount;
    std::vector<int> coins(n);
    for (int& c : coins) std::cin >> c;
    // Write your solution here: print the fewest tokens that make exactly `amount`, or -1.
    std::cout << -1 << '\n';
}
