class FixedWindowLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window

    def allow(self, user: str, t: int) -> bool:
        # Record the request and return True if the user has room in window t // window.
        return True

    def retry_after(self, user: str, t: int) -> int:
        # 0 if a request at t would be allowed, else the seconds until the next window starts.
        return 0
