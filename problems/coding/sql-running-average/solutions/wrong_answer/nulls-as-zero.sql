SELECT user_id,
       id AS submission_id,
       ROUND(AVG(COALESCE(score, 0)) OVER (
           PARTITION BY user_id
           ORDER BY submitted_at, id
           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ), 2) AS running_average
FROM submissions
ORDER BY user_id, submitted_at, id;
