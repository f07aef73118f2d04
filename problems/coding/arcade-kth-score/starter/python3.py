class ScoreBoard:
    def __init__(self, k: int, scores: list[int]) -> None:
        self.k = k
        self.scores = list(scores)

    def add(self, score: int) -> int | None:
        # Record the score and return the k-th highest so far (None if fewer than k scores).
        return None
