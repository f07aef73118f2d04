def common_free_time(calendars: list[list[list[int]]], day_start: int, day_end: int) -> list[list[int]]:
    # Return the ranges [s, e] inside [day_start, day_end] when nobody is busy.
    return []
