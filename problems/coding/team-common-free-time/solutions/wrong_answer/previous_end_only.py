def common_free_time(calendars, day_start, day_end):
    """Compares each range with the previous range's end only, not the furthest end so far."""
    busy = sorted(r for calendar in calendars for r in calendar)
    free = []
    prev_end = day_start
    for s, e in busy:
        if s >= day_end:
            break
        if s > prev_end:
            free.append([prev_end, s])
        prev_end = max(e, day_start)
    if prev_end < day_end:
        free.append([prev_end, day_end])
    return free
