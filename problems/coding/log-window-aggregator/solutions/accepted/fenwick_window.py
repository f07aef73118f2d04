from collections import deque

SIZE = 1 << 14  # latencies 1 .. 10^4 fit below 16384
LOG = 14


class _Endpoint:
    __slots__ = ("log", "tree")

    def __init__(self):
        self.log = deque()  # (t, latency) in time order
        self.tree = [0] * (SIZE + 1)  # Fenwick tree: how many requests in the window per latency

    def add(self, latency, delta):
        tree = self.tree
        while latency <= SIZE:
            tree[latency] += delta
            latency += latency & -latency

    def kth(self, k):
        """The smallest latency L such that at least k requests have a latency <= L."""
        tree = self.tree
        pos = 0
        step = SIZE
        while step:
            nxt = pos + step
            if nxt <= SIZE and tree[nxt] < k:
                pos = nxt
                k -= tree[nxt]
            step >>= 1
        return pos + 1


class LogAggregator:
    def __init__(self, window):
        self.window = window
        self.endpoints = {}

    def _expire(self, ep, t):
        log = ep.log
        cutoff = t - self.window
        while log and log[0][0] <= cutoff:
            ep.add(log.popleft()[1], -1)

    def record(self, endpoint, t, latency_ms):
        ep = self.endpoints.get(endpoint)
        if ep is None:
            ep = self.endpoints[endpoint] = _Endpoint()
        self._expire(ep, t)
        ep.log.append((t, latency_ms))
        ep.add(latency_ms, 1)
        return None

    def stats(self, endpoint, t):
        ep = self.endpoints.get(endpoint)
        if ep is None:
            return [0, None]
        self._expire(ep, t)
        count = len(ep.log)
        if count == 0:
            return [0, None]
        return [count, ep.kth((95 * count + 99) // 100)]
