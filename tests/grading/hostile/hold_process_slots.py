"""Take every process slot its user has and hold them for two and a half seconds, then answer. Whoever
else runs as the same user cannot start a process meanwhile."""

import os
import time

children = []
while len(children) < 10_000:
    try:
        pid = os.fork()
    except OSError:
        break
    if pid == 0:
        time.sleep(2.5)
        os._exit(0)
    children.append(pid)
time.sleep(2.5)
for pid in children:
    os.waitpid(pid, 0)
print("blocked")
