class FixedWindowLimiter:
    """Per user, only the current window's number and its count: O(1) per call."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.state: dict[str, list[int]] = {}  # user -> [window number, allowed count]

    def _count(self, user: str, t: int) -> int:
        state = self.state.get(user)
        if state is None or state[0] != t // self.window:
            return 0
        return state[1]

    def allow(self, user: str, t: int) -> bool:
        number = t // self.window
        state = self.state.get(user)
        if state is None or state[0] != number:
            state = self.state[user] = [number, 0]
        if state[1] < self.limit:
            state[1] += 1
            return True
        return False

    def retry_after(self, user: str, t: int) -> int:
        if self._count(user, t) < self.limit:
            return 0
        return (t // self.window + 1) * self.window - t
