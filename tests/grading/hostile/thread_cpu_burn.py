"""Burn CPU in sixteen threads (with small stacks, so that all of them start)."""

import threading


def burn():
    while True:
        pass


threading.stack_size(256 * 1024)
for _ in range(16):
    threading.Thread(target=burn, daemon=True).start()
burn()
