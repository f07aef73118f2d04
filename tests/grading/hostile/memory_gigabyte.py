"""Ask for a gigabyte at once."""

block = bytearray(1024**3)
print(len(block))
