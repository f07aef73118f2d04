# Remembers every event id forever, so an id that comes back after the retention horizon is dropped.
class EventBatcher:
    def __init__(self, max_size, max_delay, retention):
        self.max_size = max_size
        self.max_delay = max_delay
        self.retention = retention
        self.seen = set()
        self.batch = []
        self.oldest = 0

    def add(self, event_id, t):
        out = self.tick(t)
        if event_id in self.seen:
            return out
        self.seen.add(event_id)
        if not self.batch:
            self.oldest = t
        self.batch.append(event_id)
        if len(self.batch) == self.max_size:
            out.append(self.batch)
            self.batch = []
        return out

    def tick(self, t):
        if self.batch and t >= self.oldest + self.max_delay:
            out = [self.batch]
            self.batch = []
            return out
        return []

    def flush(self):
        return self.tick(float("inf"))
