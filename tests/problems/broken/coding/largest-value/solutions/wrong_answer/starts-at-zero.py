# Meant to fail when every value is negative, but no test has only negative values,
# so this passes every test: the problem needs such a test.
input()
best = 0
for value in map(int, input().split()):
    best = max(best, value)
print(best)
