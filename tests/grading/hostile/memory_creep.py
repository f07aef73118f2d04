"""Take memory a megabyte at a time, touching every page, until something stops it."""

hoard = []
while True:
    hoard.append(bytearray(b"x" * (1 << 20)))
