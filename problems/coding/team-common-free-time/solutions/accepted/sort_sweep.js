function common_free_time(calendars, day_start, day_end) {
  const busy = [];
  for (const calendar of calendars) for (const range of calendar) busy.push(range);
  busy.sort((a, b) => a[0] - b[0]);
  const free = [];
  let reach = day_start;
  for (const [s, e] of busy) {
    if (s >= day_end) break;
    if (s > reach) free.push([reach, s]);
    if (e > reach) reach = e;
  }
  if (reach < day_end) free.push([reach, day_end]);
  return free;
}
