import sys

# Recomputes the mean of every prefix from scratch: quadratic in n.
tokens = sys.stdin.buffer.read().split()
n = int(tokens[0])
values = [int(token) for token in tokens[1 : n + 1]]
mean = 0.0
for i in range(n):
    total = 0.0
    for j in range(i + 1):
        total += values[j]
    mean = total / (i + 1)
print(mean)
