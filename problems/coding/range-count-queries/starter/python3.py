import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    readings = [int(x) for x in data[2 : 2 + n]]
    queries = [(int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])) for i in range(q)]
    answers = []
    for lo, hi in queries:
        # Count the readings with lo <= r <= hi.
        answers.append(0)
    sys.stdout.write("\n".join(map(str, answers)) + "\n")


main()
