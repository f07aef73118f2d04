import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    bookings = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
    blocks = []
    cur_s, cur_e = bookings[0]
    for s, e in bookings[1:]:
        if s <= cur_e:  # overlapping or back to back
            if e > cur_e:
                cur_e = e
        else:
            blocks.append(f"{cur_s} {cur_e}")
            cur_s, cur_e = s, e
    blocks.append(f"{cur_s} {cur_e}")
    sys.stdout.write(f"{len(blocks)}\n" + "\n".join(blocks) + "\n")


main()
