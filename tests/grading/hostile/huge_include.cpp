// Include a six-megabyte binary: the compiler reports an error for nearly every byte of it.
#include "/usr/bin/python3"

int main() { return 0; }
