function learning_streaks(activities, as_of) {
  // activities: [user, utcSeconds, offsetMinutes]; as_of: "YYYY-MM-DD".
  // Return [user, current, longest] for every user, sorted by user id.
  const users = [...new Set(activities.map((a) => a[0]))].sort();
  return users.map((user) => [user, 0, 0]);
}
