import heapq


class ScoreBoard:
    """Counts each score value once: two players with the same score take a single place."""

    def __init__(self, k: int, scores: list[int]) -> None:
        self.k = k
        self.seen: set[int] = set()
        self.top: list[int] = []
        for s in scores:
            self.add(s)

    def add(self, score: int) -> int | None:
        if score not in self.seen:
            self.seen.add(score)
            if len(self.top) < self.k:
                heapq.heappush(self.top, score)
            elif score > self.top[0]:
                heapq.heapreplace(self.top, score)
        return self.top[0] if len(self.top) == self.k else None
