import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    blocks = []
    for i in range(n):
        s, e = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        new_s, new_e = s, e
        kept = []
        for bs, be in blocks:  # O(blocks) per booking
            if bs <= e and s <= be:
                new_s = min(new_s, bs)
                new_e = max(new_e, be)
            else:
                kept.append((bs, be))
        kept.append((new_s, new_e))
        blocks = kept
    blocks.sort()
    print(len(blocks))
    for s, e in blocks:
        print(s, e)


main()
