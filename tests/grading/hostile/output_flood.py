"""Write a gigabyte to stdout."""

import sys

chunk = b"y" * (1 << 20)
for _ in range(1024):
    sys.stdout.buffer.write(chunk)
