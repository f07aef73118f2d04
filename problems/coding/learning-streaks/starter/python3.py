def learning_streaks(activities: list[list], as_of: str) -> list[list]:
    # activities: [user, utc_seconds, offset_minutes]; as_of: "YYYY-MM-DD".
    # Return [user, current, longest] for every user, sorted by user id.
    users = sorted({user for user, _, _ in activities})
    return [[user, 0, 0] for user in users]
