import heapq

MAX_TOTAL = 10**6


class Leaderboard:
    """Totals counted in a Fenwick tree indexed by total (for rank), and a lazy max-heap (for top)."""

    def __init__(self):
        self.total = {}
        self.tree = [0] * (MAX_TOTAL + 1)  # tree over index MAX_TOTAL + 1 - total: high totals first
        self.heap = []  # (-total, user); stale entries are dropped when they surface

    def _update(self, total, delta):
        i = MAX_TOTAL + 1 - total
        tree = self.tree
        while i <= MAX_TOTAL:
            tree[i] += delta
            i += i & -i

    def _count_above(self, total):
        # users with a total strictly above `total`: indices 1 .. MAX_TOTAL - total
        i = MAX_TOTAL - total
        tree = self.tree
        s = 0
        while i > 0:
            s += tree[i]
            i -= i & -i
        return s

    def add_score(self, user, points):
        old = self.total.get(user)
        if old is not None:
            self._update(old, -1)
        new = (old or 0) + points
        self.total[user] = new
        self._update(new, 1)
        heapq.heappush(self.heap, (-new, user))
        return new

    def top(self, k):
        taken = []
        seen = set()
        heap = self.heap
        while heap and len(taken) < k:
            neg, user = heapq.heappop(heap)
            if self.total.get(user) == -neg and user not in seen:
                seen.add(user)
                taken.append((neg, user))
        for item in taken:
            heapq.heappush(heap, item)
        return [[user, -neg] for neg, user in taken]

    def rank(self, user):
        total = self.total.get(user)
        if total is None:
            return -1
        return 1 + self._count_above(total)

    def reset(self, user):
        total = self.total.pop(user, None)
        if total is None:
            return 0
        self._update(total, -1)
        return total
