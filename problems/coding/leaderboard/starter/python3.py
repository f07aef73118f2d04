class Leaderboard:
    def __init__(self) -> None:
        self.total: dict[str, int] = {}

    def add_score(self, user: str, points: int) -> int:
        # Add points; return the user's new total.
        return 0

    def top(self, k: int) -> list[list]:
        # The k best users as [user, total]: higher totals first, ties by user id.
        return []

    def rank(self, user: str) -> int:
        # 1 + the number of users with a strictly higher total; -1 if not on the board.
        return -1

    def reset(self, user: str) -> int:
        # Remove the user; return the total they had (0 if absent).
        return 0
