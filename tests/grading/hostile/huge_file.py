"""Write a one-gigabyte file in the work folder."""

from pathlib import Path

with Path("hostile-huge").open("wb") as out:
    for _ in range(1024):
        out.write(b"\0" * (1 << 20))
print("written")
