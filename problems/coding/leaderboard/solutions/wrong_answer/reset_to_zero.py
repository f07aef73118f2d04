# reset() sets the total to 0 but leaves the user on the board (ranked last, shown by top).
class Leaderboard:
    def __init__(self):
        self.total = {}

    def add_score(self, user, points):
        self.total[user] = self.total.get(user, 0) + points
        return self.total[user]

    def top(self, k):
        ordered = sorted(self.total.items(), key=lambda item: (-item[1], item[0]))
        return [[user, total] for user, total in ordered[:k]]

    def rank(self, user):
        if user not in self.total:
            return -1
        mine = self.total[user]
        return 1 + sum(1 for total in self.total.values() if total > mine)

    def reset(self, user):
        old = self.total.get(user, 0)
        if user in self.total:
            self.total[user] = 0
        return old
