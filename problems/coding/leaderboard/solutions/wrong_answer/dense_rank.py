# Dense ranking ("1223"): counts distinct higher totals instead of users with a higher total.
import heapq
from collections import Counter


class Leaderboard:
    def __init__(self):
        self.total = {}
        self.users_at = Counter()
        self.heap = []

    def add_score(self, user, points):
        old = self.total.get(user)
        if old is not None:
            self.users_at[old] -= 1
            if not self.users_at[old]:
                del self.users_at[old]
        new = (old or 0) + points
        self.total[user] = new
        self.users_at[new] += 1
        heapq.heappush(self.heap, (-new, user))
        return new

    def top(self, k):
        taken, seen = [], set()
        while self.heap and len(taken) < k:
            neg, user = heapq.heappop(self.heap)
            if self.total.get(user) == -neg and user not in seen:
                seen.add(user)
                taken.append((neg, user))
        for item in taken:
            heapq.heappush(self.heap, item)
        return [[user, -neg] for neg, user in taken]

    def rank(self, user):
        if user not in self.total:
            return -1
        mine = self.total[user]
        return 1 + sum(1 for total in self.users_at if total > mine)

    def reset(self, user):
        total = self.total.pop(user, None)
        if total is None:
            return 0
        self.users_at[total] -= 1
        if not self.users_at[total]:
            del self.users_at[total]
        return total
