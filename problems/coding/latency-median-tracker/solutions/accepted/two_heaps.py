import heapq


class MedianTracker:
    """A max-heap (negated) holds the lower half, a min-heap the upper half; the lower half may hold one more."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def record(self, ms: int) -> None:
        if self.low and ms > -self.low[0]:
            heapq.heappush(self.high, ms)
        else:
            heapq.heappush(self.low, -ms)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2
