class ScoreBoard:
    """Correct but sorts every score on every call: O(n log n) per add."""

    def __init__(self, k: int, scores: list[int]) -> None:
        self.k = k
        self.scores = list(scores)

    def add(self, score: int) -> int | None:
        self.scores.append(score)
        ordered = sorted(self.scores, reverse=True)
        return ordered[self.k - 1] if len(ordered) >= self.k else None
