# Flushes on time only once the oldest event has waited MORE than max_delay (should be: at least).
class EventBatcher:
    def __init__(self, max_size, max_delay, retention):
        self.max_size = max_size
        self.max_delay = max_delay
        self.retention = retention
        self.accepted_at = {}
        self.batch = []
        self.oldest = 0

    def add(self, event_id, t):
        out = self.tick(t)
        seen = self.accepted_at.get(event_id)
        if seen is not None and t - seen < self.retention:
            return out
        self.accepted_at[event_id] = t
        if not self.batch:
            self.oldest = t
        self.batch.append(event_id)
        if len(self.batch) == self.max_size:
            out.append(self.batch)
            self.batch = []
        return out

    def tick(self, t):
        if self.batch and t > self.oldest + self.max_delay:
            out = [self.batch]
            self.batch = []
            return out
        return []

    def flush(self):
        out = [self.batch] if self.batch else []
        self.batch = []
        return out
