class MedianTracker:
    """Correct, but sorts every latency on every query."""

    def __init__(self) -> None:
        self.values: list[int] = []

    def record(self, ms: int) -> None:
        self.values.append(ms)

    def median(self) -> float:
        ordered = sorted(self.values)
        n = len(ordered)
        if n % 2:
            return ordered[n // 2]
        return (ordered[n // 2 - 1] + ordered[n // 2]) / 2
