# Releases only events strictly before the watermark (should be: at or before it).
import heapq


class ReorderBuffer:
    def __init__(self, lateness):
        self.lateness = lateness
        self.max_seen = None
        self.heap = []
        self.seq = 0
        self.late_ids = []

    def push(self, event_id, ts):
        if self.max_seen is not None and ts < self.max_seen - self.lateness:
            self.late_ids.append(event_id)
            return []
        self.seq += 1
        heapq.heappush(self.heap, (ts, self.seq, event_id))
        self.max_seen = ts if self.max_seen is None else max(self.max_seen, ts)
        out = []
        while self.heap and self.heap[0][0] < self.max_seen - self.lateness:
            out.append(heapq.heappop(self.heap)[2])
        return out

    def late(self):
        out, self.late_ids = self.late_ids, []
        return out

    def flush(self):
        out = [item[2] for item in sorted(self.heap)]
        self.heap = []
        return out
