WITH cohorts AS (
    SELECT id AS user_id, CAST(date_trunc('week', signup_date) AS DATE) AS cohort_week
    FROM users
), returned AS (
    SELECT DISTINCT c.user_id
    FROM cohorts c
    JOIN events e ON e.user_id = c.user_id
    WHERE CAST(e.occurred_at AS DATE) >= c.cohort_week + 1
      AND CAST(e.occurred_at AS DATE) < c.cohort_week + 8
)
SELECT c.cohort_week,
       COUNT(*) AS users,
       COUNT(r.user_id) AS retained,
       ROUND(100.0 * COUNT(r.user_id) / COUNT(*), 1) AS retention_pct
FROM cohorts c
LEFT JOIN returned r ON r.user_id = c.user_id
GROUP BY c.cohort_week
ORDER BY c.cohort_week;
