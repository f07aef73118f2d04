// Write a one-gigabyte file in the work folder.
#include <cstdio>
#include <vector>

int main() {
    std::vector<char> chunk(1 << 20, 0);
    std::FILE* out = std::fopen("hostile-huge", "wb");
    for (int i = 0; i < 1024; ++i) std::fwrite(chunk.data(), 1, chunk.size(), out);
    std::fclose(out);
    std::puts("written");
}
