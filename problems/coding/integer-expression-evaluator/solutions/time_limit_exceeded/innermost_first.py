# Evaluates the innermost parentheses first and splices the result back into the token list, and
# evaluates a flat list by repeatedly finding the first operator: each step is O(n), so O(n^2) in all.
import re
import sys


def divide(a, b):
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def flat(tokens):
    for group in (("*", "/"), ("+", "-")):
        while True:
            i = next((k for k, t in enumerate(tokens) if t in group), None)
            if i is None:
                break
            a, op, b = tokens[i - 1], tokens[i], tokens[i + 1]
            if op == "*":
                v = a * b
            elif op == "/":
                v = divide(a, b)
            elif op == "+":
                v = a + b
            else:
                v = a - b
            tokens[i - 1 : i + 2] = [v]
    return tokens[0]


def evaluate(formula):
    tokens = [t if t in "+-*/()" else int(t) for t in re.findall(r"\d+|[-+*/()]", formula)]
    while ")" in tokens:
        close = tokens.index(")")
        open_ = close - 1
        while tokens[open_] != "(":
            open_ -= 1
        tokens[open_ : close + 1] = [flat(tokens[open_ + 1 : close])]
    return flat(tokens)


def main():
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    for i in range(1, t + 1):
        print(evaluate(lines[i]))


main()
