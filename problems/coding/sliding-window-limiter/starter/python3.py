class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window

    def allow(self, user: str, t: int) -> bool:
        # Return True and record the request if the user has room in (t - window, t].
        return True
