import heapq


class ReorderBuffer:
    def __init__(self, lateness):
        self.lateness = lateness
        self.max_seen = None
        self.heap = []  # (ts, arrival number, id)
        self.seq = 0
        self.late_ids = []

    def push(self, event_id, ts):
        if self.max_seen is not None and ts < self.max_seen - self.lateness:
            self.late_ids.append(event_id)
            return []
        self.seq += 1
        heapq.heappush(self.heap, (ts, self.seq, event_id))
        if self.max_seen is None or ts > self.max_seen:
            self.max_seen = ts
        watermark = self.max_seen - self.lateness
        out = []
        while self.heap and self.heap[0][0] <= watermark:
            out.append(heapq.heappop(self.heap)[2])
        return out

    def late(self):
        out, self.late_ids = self.late_ids, []
        return out

    def flush(self):
        out = [item[2] for item in sorted(self.heap)]
        self.heap = []
        return out
