# Correct, but for every active day it walks back to the start of its run: O(days * run length).
from datetime import date, timedelta


def learning_streaks(activities, as_of):
    today = date.fromisoformat(as_of)
    days = {}
    for user, utc_seconds, offset_minutes in activities:
        local = date(1970, 1, 1) + timedelta(seconds=utc_seconds + 60 * offset_minutes)
        days.setdefault(user, set())
        if local <= today:
            days[user].add(local)
    result = []
    for user in sorted(days):
        active = days[user]

        def run_ending(day):
            length = 0
            while day in active:
                length += 1
                day -= timedelta(days=1)
            return length

        longest = max((run_ending(day) for day in active), default=0)
        current = run_ending(today) or run_ending(today - timedelta(days=1))
        result.append([user, current, longest])
    return result
