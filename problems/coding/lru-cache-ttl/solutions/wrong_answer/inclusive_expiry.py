# Still serves an entry at exactly its expiry time t0 + ttl (it should be gone then).
import heapq
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.expiry = []

    def _purge(self, t):
        while self.expiry and self.expiry[0][0] < t:
            expires_at, key = heapq.heappop(self.expiry)
            entry = self.entries.get(key)
            if entry is not None and entry[1] == expires_at:
                del self.entries[key]

    def get(self, key, t):
        self._purge(t)
        entry = self.entries.get(key)
        if entry is None:
            return None
        self.entries.move_to_end(key)
        return entry[0]

    def put(self, key, value, ttl, t):
        self._purge(t)
        evicted = None
        if key in self.entries:
            self.entries.move_to_end(key)
        elif len(self.entries) >= self.capacity:
            evicted, _ = self.entries.popitem(last=False)
        self.entries[key] = (value, t + ttl)
        heapq.heappush(self.expiry, (t + ttl, key))
        return evicted

    def size(self, t):
        self._purge(t)
        return len(self.entries)
