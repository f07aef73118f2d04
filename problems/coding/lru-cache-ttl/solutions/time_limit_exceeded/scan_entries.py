# Correct, but keeps recency in a plain list and sweeps every entry for expiry on every call.
class TTLCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.values = {}
        self.expires = {}
        self.order = []  # least recently used first

    def _sweep(self, t):
        for key in [k for k, e in self.expires.items() if e <= t]:
            del self.values[key]
            del self.expires[key]
            self.order.remove(key)

    def get(self, key, t):
        self._sweep(t)
        if key not in self.values:
            return None
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value, ttl, t):
        self._sweep(t)
        evicted = None
        if key in self.values:
            self.order.remove(key)
        elif len(self.values) >= self.capacity:
            evicted = self.order.pop(0)
            del self.values[evicted]
            del self.expires[evicted]
        self.values[key] = value
        self.expires[key] = t + ttl
        self.order.append(key)
        return evicted

    def size(self, t):
        self._sweep(t)
        return len(self.values)
