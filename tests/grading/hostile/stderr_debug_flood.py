"""A right answer with a flood of debugging lines on stderr (about 700 KB), as candidates often leave
in. Stderr is not the answer: the verdict must come from stdout."""

import sys

a, b = map(int, sys.stdin.readline().split())
for step in range(20000):
    print(f"debug: step {step:6d} a={a} b={b}", file=sys.stderr)
print(a + b)
