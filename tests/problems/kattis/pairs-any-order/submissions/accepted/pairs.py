import sys

tokens = sys.stdin.read().split()
values = {int(token) for token in tokens[1:]}
for value in sorted(values):
    if value > 0 and -value in values:
        print(-value, value)
