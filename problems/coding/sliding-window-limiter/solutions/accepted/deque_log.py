from collections import defaultdict, deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.log: defaultdict[str, deque[int]] = defaultdict(deque)

    def allow(self, user: str, t: int) -> bool:
        times = self.log[user]
        while times and times[0] <= t - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(t)
            return True
        return False
