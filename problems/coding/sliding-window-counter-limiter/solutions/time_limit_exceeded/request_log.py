# Keeps every allowed request and counts the two windows by scanning the user's whole log.
class SlidingWindowCounter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.log: dict[str, list[int]] = {}

    def allow(self, user: str, t: int) -> bool:
        times = self.log.setdefault(user, [])
        k, elapsed = divmod(t, self.window)
        start = k * self.window
        current = sum(1 for s in times if s >= start)
        previous = sum(1 for s in times if start - self.window <= s < start)
        if previous * (self.window - elapsed) + current * self.window < self.limit * self.window:
            times.append(t)
            return True
        return False
