WITH days AS (
    SELECT DISTINCT user_id, CAST(SUBSTR(CAST(occurred_at AS TEXT), 9, 2) AS INTEGER) AS day
    FROM events
), islands AS (
    SELECT user_id, day - ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS island
    FROM days
)
SELECT user_id, MAX(days) AS longest_streak
FROM (SELECT user_id, island, COUNT(*) AS days FROM islands GROUP BY user_id, island) streaks
GROUP BY user_id
ORDER BY user_id;
