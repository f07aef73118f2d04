// The preprocessor reads an endless file into memory.
#include "/dev/zero"

int main() { return 0; }
