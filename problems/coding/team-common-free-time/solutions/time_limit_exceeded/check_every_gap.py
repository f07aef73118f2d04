def common_free_time(calendars, day_start, day_end):
    """Correct but, for every piece between two boundaries, scans all ranges: O(n^2)."""
    busy = [r for calendar in calendars for r in calendar]
    points = {day_start, day_end}
    for s, e in busy:
        for p in (s, e):
            if day_start < p < day_end:
                points.add(p)
    points = sorted(points)
    free = []
    for a, b in zip(points, points[1:]):
        if any(s <= a < e for s, e in busy):
            continue
        if free and free[-1][1] == a:
            free[-1][1] = b
        else:
            free.append([a, b])
    return free
