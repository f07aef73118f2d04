# The recurrence written directly, without remembering results: correct, but exponential.
import sys

sys.setrecursionlimit(10000)


def edits(typed, candidate):
    def go(i, j):
        if i == len(typed):
            return len(candidate) - j
        if j == len(candidate):
            return len(typed) - i
        if typed[i] == candidate[j]:
            return go(i + 1, j + 1)
        return 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))

    return go(0, 0)
