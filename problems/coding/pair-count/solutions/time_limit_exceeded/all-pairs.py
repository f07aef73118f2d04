# Tries every pair: right on small inputs, far too slow for n = 200000.
import sys

data = sys.stdin.read().split()
n, target = int(data[0]), int(data[1])
values = [int(token) for token in data[2 : 2 + n]]
pairs = 0
for i in range(n):
    for j in range(i + 1, n):
        if values[i] + values[j] == target:
            pairs += 1
print(pairs)
