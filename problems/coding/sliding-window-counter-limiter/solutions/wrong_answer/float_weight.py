# Computes the overlap weight as a float first: 1 - elapsed / window is rounded, and the estimate
# can come out a hair under the limit when it is exactly equal to it.
class SlidingWindowCounter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.state: dict[str, list[int]] = {}

    def allow(self, user: str, t: int) -> bool:
        k = t // self.window
        elapsed = t - k * self.window
        state = self.state.setdefault(user, [k, 0, 0])
        if state[0] != k:
            state[2] = state[1] if state[0] == k - 1 else 0
            state[1] = 0
            state[0] = k
        weight = 1 - elapsed / self.window
        if state[2] * weight + state[1] < self.limit:
            state[1] += 1
            return True
        return False
