// Take memory a megabyte at a time, touching every page, until something stops it.
#include <cstring>
#include <vector>

int main() {
    std::vector<char*> hoard;
    for (;;) {
        char* block = new char[1 << 20];
        std::memset(block, 1, 1 << 20);
        hoard.push_back(block);
    }
}
