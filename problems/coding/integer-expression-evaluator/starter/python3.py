import sys


def evaluate(formula: str) -> int:
    # Return the value of the formula; "/" truncates toward zero.
    return 0


def main() -> None:
    lines = sys.stdin.read().split("\n")
    t = int(lines[0])
    print("\n".join(str(evaluate(lines[i])) for i in range(1, t + 1)))


main()
