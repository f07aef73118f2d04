import heapq


class ScoreBoard:
    """Keep only the k highest scores in a min-heap; its top is the k-th highest."""

    def __init__(self, k: int, scores: list[int]) -> None:
        self.k = k
        self.top = list(scores)
        heapq.heapify(self.top)
        while len(self.top) > k:
            heapq.heappop(self.top)

    def add(self, score: int) -> int | None:
        if len(self.top) < self.k:
            heapq.heappush(self.top, score)
        elif score > self.top[0]:
            heapq.heapreplace(self.top, score)
        return self.top[0] if len(self.top) == self.k else None
