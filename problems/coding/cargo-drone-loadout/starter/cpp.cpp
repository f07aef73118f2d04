#include <iostream>
#include <vector>

int main() {
    int n, cap;
    std::cin >> n >> cap;
    std::vector<int> weight(n);
    std::vector<long long> value(n);
    for (int i = 0; i < n; ++i) std::cin >> weight[i] >> value[i];
    // Write your solution here: print the largest total value within `cap` grams (use long long).
    std::cout << 0 << '\n';
}
