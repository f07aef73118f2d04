import heapq


def common_free_time(calendars, day_start, day_end):
    """Merge the sorted calendars with a heap, then sweep, tracking how far the busy time reaches."""
    free = []
    reach = day_start  # everything before `reach` is known to be busy or already reported
    for s, e in heapq.merge(*calendars):
        if s >= day_end:
            break
        if s > reach:
            free.append([reach, s])
        if e > reach:
            reach = e
    if reach < day_end:
        free.append([reach, day_end])
    return free
