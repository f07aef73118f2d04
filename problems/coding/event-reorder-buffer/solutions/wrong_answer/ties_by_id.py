# Orders events with equal timestamps by their id instead of by arrival.
import heapq


class ReorderBuffer:
    def __init__(self, lateness):
        self.lateness = lateness
        self.max_seen = None
        self.heap = []
        self.late_ids = []

    def push(self, event_id, ts):
        if self.max_seen is not None and ts < self.max_seen - self.lateness:
            self.late_ids.append(event_id)
            return []
        heapq.heappush(self.heap, (ts, event_id))
        self.max_seen = ts if self.max_seen is None else max(self.max_seen, ts)
        out = []
        while self.heap and self.heap[0][0] <= self.max_seen - self.lateness:
            out.append(heapq.heappop(self.heap)[1])
        return out

    def late(self):
        out, self.late_ids = self.late_ids, []
        return out

    def flush(self):
        out = [item[1] for item in sorted(self.heap)]
        self.heap = []
        return out
