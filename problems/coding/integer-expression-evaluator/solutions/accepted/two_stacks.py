import re
import sys

TOKEN = re.compile(r"\d+|[-+*/()]")
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def apply(values: list[int], op: str) -> None:
    b = values.pop()
    a = values.pop()
    if op == "+":
        values.append(a + b)
    elif op == "-":
        values.append(a - b)
    elif op == "*":
        values.append(a * b)
    else:
        q = abs(a) // abs(b)  # truncate toward zero, unlike Python's //
        values.append(q if (a < 0) == (b < 0) else -q)


def evaluate(formula: str) -> int:
    values: list[int] = []
    ops: list[str] = []
    for token in TOKEN.findall(formula):
        if token == "(":
            ops.append(token)
        elif token == ")":
            while ops[-1] != "(":
                apply(values, ops.pop())
            ops.pop()
        elif token in PRECEDENCE:
            level = PRECEDENCE[token]
            while ops and ops[-1] != "(" and PRECEDENCE[ops[-1]] >= level:
                apply(values, ops.pop())
            ops.append(token)
        else:
            values.append(int(token))
    while ops:
        apply(values, ops.pop())
    return values[0]


def main() -> None:
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    print("\n".join(str(evaluate(lines[i])) for i in range(1, t + 1)))


main()
