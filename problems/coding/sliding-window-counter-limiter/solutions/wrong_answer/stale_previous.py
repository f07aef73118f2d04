# Takes the last window the user was seen in as the previous one, even after skipped windows.
class SlidingWindowCounter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.state: dict[str, list[int]] = {}

    def allow(self, user: str, t: int) -> bool:
        k, elapsed = divmod(t, self.window)
        state = self.state.setdefault(user, [k, 0, 0])
        if state[0] != k:
            state[2] = state[1]
            state[1] = 0
            state[0] = k
        if state[2] * (self.window - elapsed) + state[1] * self.window < self.limit * self.window:
            state[1] += 1
            return True
        return False
