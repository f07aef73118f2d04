class ScoreBoard {
  constructor(k, scores) {
    this.k = k;
    this.scores = scores.slice();
  }

  add(score) {
    // Record the score and return the k-th highest so far (null if fewer than k scores).
    return null;
  }
}
