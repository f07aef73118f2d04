WITH days AS (
    SELECT user_id, CAST(occurred_at AS DATE) AS day
    FROM events
), islands AS (
    -- Consecutive days minus their rank give the same date: one per streak.
    SELECT user_id, day - CAST(ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day) AS INTEGER) AS island
    FROM days
)
SELECT user_id, MAX(days) AS longest_streak
FROM (SELECT user_id, island, COUNT(*) AS days FROM islands GROUP BY user_id, island) streaks
GROUP BY user_id
ORDER BY user_id;
