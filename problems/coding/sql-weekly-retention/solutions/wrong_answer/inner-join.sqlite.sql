WITH cohorts AS (
    -- strftime('%w') is 0 on Sunday: step back to the Monday of the week.
    SELECT id AS user_id,
           date(signup_date, '-' || ((CAST(strftime('%w', signup_date) AS INTEGER) + 6) % 7) || ' days')
               AS cohort_week
    FROM users
), returned AS (
    SELECT DISTINCT c.user_id
    FROM cohorts c
    JOIN events e ON e.user_id = c.user_id
    WHERE date(e.occurred_at) >= date(c.cohort_week, '+7 days')
      AND date(e.occurred_at) < date(c.cohort_week, '+14 days')
)
SELECT c.cohort_week,
       COUNT(*) AS users,
       COUNT(r.user_id) AS retained,
       ROUND(100.0 * COUNT(r.user_id) / COUNT(*), 1) AS retention_pct
FROM cohorts c
JOIN returned r ON r.user_id = c.user_id
GROUP BY c.cohort_week
ORDER BY c.cohort_week;
