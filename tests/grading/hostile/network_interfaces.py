"""Look for a way out without sending a packet: every interface but lo, every IPv4 route, every IPv6
route through anything but lo. Prints `blocked` when there is none."""

import socket
import sys
from pathlib import Path

interfaces = sorted(name for _, name in socket.if_nameindex())
net = Path("/sys/class/net")
in_sys = sorted(path.name for path in net.iterdir()) if net.is_dir() else interfaces  # No /sys in bubblewrap.
routes4 = [line.split() for line in Path("/proc/net/route").read_text().splitlines()[1:] if line.strip()]
routes6 = [line.split() for line in Path("/proc/net/ipv6_route").read_text().splitlines() if line.strip()]
outside6 = [route for route in routes6 if route[-1] != "lo"]
print(f"interfaces {interfaces} {in_sys}, {len(routes4)} IPv4 routes, {len(outside6)} IPv6", file=sys.stderr)
closed = interfaces == ["lo"] and in_sys == ["lo"] and not routes4 and not outside6
print("blocked" if closed else f"open: {interfaces} {routes4} {outside6}")
