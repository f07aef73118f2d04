"""Overflow the C stack: lift Python's recursion limit and recurse through __getattr__, which each level
enters through C."""

import sys

sys.setrecursionlimit(10**9)


class Deep:
    def __getattr__(self, name):
        return getattr(self, name)


print(Deep().anything)
