function common_free_time(calendars, day_start, day_end) {
  // Return the ranges [s, e] inside [day_start, day_end] when nobody is busy.
  return [];
}
