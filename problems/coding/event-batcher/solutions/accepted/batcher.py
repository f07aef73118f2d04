class EventBatcher:
    def __init__(self, max_size, max_delay, retention):
        self.max_size = max_size
        self.max_delay = max_delay
        self.retention = retention
        self.accepted_at = {}  # event id -> time it was last accepted
        self.batch = []
        self.oldest = 0

    def _due(self, t):
        return self.batch and t >= self.oldest + self.max_delay

    def _emit(self, out):
        out.append(self.batch)
        self.batch = []

    def add(self, event_id, t):
        out = []
        if self._due(t):
            self._emit(out)
        seen = self.accepted_at.get(event_id)
        if seen is not None and t - seen < self.retention:
            return out
        self.accepted_at[event_id] = t
        if not self.batch:
            self.oldest = t
        self.batch.append(event_id)
        if len(self.batch) == self.max_size:
            self._emit(out)
        return out

    def tick(self, t):
        out = []
        if self._due(t):
            self._emit(out)
        return out

    def flush(self):
        out = []
        if self.batch:
            self._emit(out)
        return out
