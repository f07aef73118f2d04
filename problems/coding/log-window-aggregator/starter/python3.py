class LogAggregator:
    def __init__(self, window: int) -> None:
        self.window = window

    def record(self, endpoint: str, t: int, latency_ms: int) -> None:
        pass

    def stats(self, endpoint: str, t: int) -> list:
        # [count, p95] over (t - window, t]; [0, None] when there are no requests.
        return [0, None]
