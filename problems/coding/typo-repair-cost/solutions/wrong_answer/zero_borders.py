# The table's first row and column start at 0 instead of i and j: turning a prefix into the empty
# string looks free, so leading inserts and deletes are not counted.
def edits(typed, candidate):
    n, m = len(typed), len(candidate)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            if typed[i - 1] == candidate[j - 1]:
                table[i][j] = table[i - 1][j - 1]
            else:
                table[i][j] = 1 + min(table[i - 1][j], table[i][j - 1], table[i - 1][j - 1])
    return table[n][m]
