from datetime import date

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def learning_streaks(activities, as_of):
    today = date.fromisoformat(as_of).toordinal() - EPOCH_ORDINAL
    days = {}
    for user, utc_seconds, offset_minutes in activities:
        day = (utc_seconds + 60 * offset_minutes) // 86400  # floor division: correct before 1970 too
        user_days = days.setdefault(user, set())
        if day <= today:
            user_days.add(day)
    result = []
    for user in sorted(days):
        ordered = sorted(days[user])
        longest = run = 0
        previous = None
        for day in ordered:
            run = run + 1 if previous is not None and day == previous + 1 else 1
            longest = max(longest, run)
            previous = day
        # `run` is now the length of the run ending on the last active day.
        current = run if ordered and ordered[-1] >= today - 1 else 0
        result.append([user, current, longest])
    return result
