SELECT user_id, COUNT(DISTINCT SUBSTR(CAST(occurred_at AS TEXT), 1, 10)) AS longest_streak
FROM events
GROUP BY user_id
ORDER BY user_id;
