# Correct, but sorts the whole buffer on every push: O(n log n) per event.
class ReorderBuffer:
    def __init__(self, lateness):
        self.lateness = lateness
        self.max_seen = None
        self.buffer = []
        self.count = 0
        self.late_ids = []

    def push(self, event_id, ts):
        if self.max_seen is not None and ts < self.max_seen - self.lateness:
            self.late_ids.append(event_id)
            return []
        self.count += 1
        self.buffer.append((ts, self.count, event_id))
        self.max_seen = ts if self.max_seen is None else max(self.max_seen, ts)
        self.buffer.sort(key=lambda item: (item[0], item[1]))
        cut = 0
        while cut < len(self.buffer) and self.buffer[cut][0] <= self.max_seen - self.lateness:
            cut += 1
        out = [item[2] for item in self.buffer[:cut]]
        self.buffer = self.buffer[cut:]
        return out

    def late(self):
        out = self.late_ids
        self.late_ids = []
        return out

    def flush(self):
        self.buffer.sort(key=lambda item: (item[0], item[1]))
        out = [item[2] for item in self.buffer]
        self.buffer = []
        return out
