function edits(typed, candidate) {
  const m = candidate.length;
  let prev = new Int32Array(m + 1);
  let cur = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= typed.length; i++) {
    const ch = typed[i - 1];
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const keep = prev[j - 1] + (candidate[j - 1] === ch ? 0 : 1);
      cur[j] = Math.min(keep, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}
