# Checks whether the cache is full before dropping expired entries, so it evicts a live entry even
# when an expired one could have given up its slot.
import heapq
from collections import OrderedDict


class TTLCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = OrderedDict()
        self.expiry = []

    def _purge(self, t):
        while self.expiry and self.expiry[0][0] <= t:
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
        evicted = None
        entry = self.entries.get(key)
        if entry is not None and entry[1] > t:
            self.entries.move_to_end(key)
        elif entry is None and len(self.entries) >= self.capacity:
            evicted, _ = self.entries.popitem(last=False)
        self._purge(t)
        self.entries[key] = (value, t + ttl)
        self.entries.move_to_end(key)
        heapq.heappush(self.expiry, (t + ttl, key))
        return evicted

    def size(self, t):
        self._purge(t)
        return len(self.entries)
