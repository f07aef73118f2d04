class SlidingWindowCounter:
    """Per user: the last window number seen, its count and the count of the window before it."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.state: dict[str, list[int]] = {}  # user -> [window number, current, previous]

    def allow(self, user: str, t: int) -> bool:
        k, elapsed = divmod(t, self.window)
        state = self.state.get(user)
        if state is None:
            state = self.state[user] = [k, 0, 0]
        elif state[0] != k:
            # One window later: the current count becomes the previous one; more: both are zero.
            state[2] = state[1] if state[0] == k - 1 else 0
            state[1] = 0
            state[0] = k
        current, previous = state[1], state[2]
        # previous * (window - elapsed) / window + current < limit, times window: integers only.
        if previous * (self.window - elapsed) + current * self.window < self.limit * self.window:
            state[1] += 1
            return True
        return False
