# Uses the UTC date of each activity and ignores the device's offset.
from datetime import date

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def learning_streaks(activities, as_of):
    today = date.fromisoformat(as_of).toordinal() - EPOCH_ORDINAL
    days = {}
    for user, utc_seconds, _offset in activities:
        day = utc_seconds // 86400
        days.setdefault(user, set())
        if day <= today:
            days[user].add(day)
    result = []
    for user in sorted(days):
        ordered = sorted(days[user])
        longest = run = 0
        for i, day in enumerate(ordered):
            run = run + 1 if i and day == ordered[i - 1] + 1 else 1
            longest = max(longest, run)
        current = run if ordered and ordered[-1] >= today - 1 else 0
        result.append([user, current, longest])
    return result
