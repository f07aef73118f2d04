WITH days AS (
    SELECT user_id, julianday(date(occurred_at)) AS day
    FROM events
), islands AS (
    SELECT user_id, day - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
    FROM days
)
SELECT user_id, MAX(days) AS longest_streak
FROM (SELECT user_id, island, COUNT(*) AS days FROM islands GROUP BY user_id, island) streaks
GROUP BY user_id
ORDER BY user_id;
