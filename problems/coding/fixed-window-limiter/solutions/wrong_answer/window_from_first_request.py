# Starts a user's window at their first request instead of at a multiple of the window size.
class FixedWindowLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.state: dict[str, list[int]] = {}  # user -> [window start, count]

    def _current(self, user: str, t: int) -> list[int]:
        state = self.state.get(user)
        if state is None or t >= state[0] + self.window:
            state = self.state[user] = [t, 0]
        return state

    def allow(self, user: str, t: int) -> bool:
        state = self._current(user, t)
        if state[1] < self.limit:
            state[1] += 1
            return True
        return False

    def retry_after(self, user: str, t: int) -> int:
        state = self._current(user, t)
        if state[1] < self.limit:
            return 0
        return state[0] + self.window - t
