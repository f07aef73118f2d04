function learning_streaks(activities, as_of) {
  const [y, m, d] = as_of.split("-").map(Number);
  const today = Date.UTC(y, m - 1, d) / 86400000;
  const days = new Map();
  for (const [user, utcSeconds, offsetMinutes] of activities) {
    const day = Math.floor((utcSeconds + 60 * offsetMinutes) / 86400);
    if (!days.has(user)) days.set(user, new Set());
    if (day <= today) days.get(user).add(day);
  }
  const users = [...days.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return users.map((user) => {
    const ordered = [...days.get(user)].sort((a, b) => a - b);
    let longest = 0;
    let run = 0;
    for (let i = 0; i < ordered.length; i++) {
      run = i > 0 && ordered[i] === ordered[i - 1] + 1 ? run + 1 : 1;
      if (run > longest) longest = run;
    }
    const current = ordered.length > 0 && ordered[ordered.length - 1] >= today - 1 ? run : 0;
    return [user, current, longest];
  });
}
