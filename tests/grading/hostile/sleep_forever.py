"""Sleep forever, using no CPU: only a wall clock stops it."""

import time

while True:
    time.sleep(3600)
