# Keeps every request and counts the window by scanning the whole history on every call.
class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.history: dict[str, list[int]] = {}

    def allow(self, user: str, t: int) -> bool:
        times = self.history.setdefault(user, [])
        recent = sum(1 for seen in times if seen > t - self.window)
        if recent < self.limit:
            times.append(t)
            return True
        return False
