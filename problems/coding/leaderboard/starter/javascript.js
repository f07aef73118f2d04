class Leaderboard {
  constructor() {
    this.total = new Map();
  }

  add_score(user, points) {
    // Add points; return the user's new total.
    return 0;
  }

  top(k) {
    // The k best users as [user, total]: higher totals first, ties by user id.
    return [];
  }

  rank(user) {
    // 1 + the number of users with a strictly higher total; -1 if not on the board.
    return -1;
  }

  reset(user) {
    // Remove the user; return the total they had (0 if absent).
    return 0;
  }
}
