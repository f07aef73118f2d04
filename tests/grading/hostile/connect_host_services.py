"""Connect to the host's Postgres (5432) and Redis (6379), and to a listener the test opened on the
host's loopback, over IPv4 and IPv6."""

import socket
import sys

listener = int(sys.stdin.readline())
reached = []
for host in ("127.0.0.1", "::1"):
    for port in (5432, 6379, listener):
        try:
            with socket.create_connection((host, port), timeout=1):
                reached.append(f"{host}:{port}")
        except OSError as error:
            print(f"{host}:{port}: {error.strerror or error}", file=sys.stderr)
print("blocked" if not reached else "reached " + " ".join(reached))
