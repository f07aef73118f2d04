"""Recurse without end in Python: the interpreter's recursion limit stops it."""


def down(depth):
    return down(depth + 1) + 1


print(down(0))
