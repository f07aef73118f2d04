# Correct, but checks for a duplicate by scanning every event accepted so far: O(n) per add.
class EventBatcher:
    def __init__(self, max_size, max_delay, retention):
        self.max_size = max_size
        self.max_delay = max_delay
        self.retention = retention
        self.history = []  # (event id, time accepted)
        self.batch = []
        self.batch_times = []

    def _time_flush(self, t, out):
        if self.batch and t - self.batch_times[0] >= self.max_delay:
            out.append(self.batch)
            self.batch, self.batch_times = [], []

    def add(self, event_id, t):
        out = []
        self._time_flush(t, out)
        for seen_id, seen_t in self.history:
            if seen_id == event_id and t - seen_t < self.retention:
                return out
        self.history.append((event_id, t))
        self.batch.append(event_id)
        self.batch_times.append(t)
        if len(self.batch) >= self.max_size:
            out.append(self.batch)
            self.batch, self.batch_times = [], []
        return out

    def tick(self, t):
        out = []
        self._time_flush(t, out)
        return out

    def flush(self):
        out = []
        if self.batch:
            out.append(self.batch)
            self.batch, self.batch_times = [], []
        return out
