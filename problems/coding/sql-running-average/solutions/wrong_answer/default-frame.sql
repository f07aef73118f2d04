SELECT user_id,
       id AS submission_id,
       ROUND(AVG(score) OVER (
           PARTITION BY user_id
           ORDER BY submitted_at
       ), 2) AS running_average
FROM submissions
WHERE score IS NOT NULL
ORDER BY user_id, submitted_at, id;
