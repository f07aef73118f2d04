import heapq


class MedianTracker:
    """Two heaps, but the even-count median uses integer division and drops the half."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def record(self, ms: int) -> None:
        heapq.heappush(self.low, -ms)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
