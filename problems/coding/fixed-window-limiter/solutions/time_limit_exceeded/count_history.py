# Keeps every allowed request and counts the current window's by scanning the whole history.
class FixedWindowLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.history: dict[str, list[int]] = {}

    def _count(self, user: str, t: int) -> int:
        start = t - t % self.window
        return sum(1 for seen in self.history.get(user, []) if start <= seen <= t)

    def allow(self, user: str, t: int) -> bool:
        if self._count(user, t) < self.limit:
            self.history.setdefault(user, []).append(t)
            return True
        return False

    def retry_after(self, user: str, t: int) -> int:
        if self._count(user, t) < self.limit:
            return 0
        return t - t % self.window + self.window - t
