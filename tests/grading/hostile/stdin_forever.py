"""Read stdin forever after it ends: every read returns at once, empty."""

import sys

while True:
    sys.stdin.readline()
