#include <iostream>
#include <string>

int main() {
    std::string a, b;
    std::cin >> a >> b;
    // Write your solution here: print the length of the longest common subsequence.
    std::cout << 0 << '\n';
}
