WITH best AS (
    SELECT quiz_id, user_id, MAX(score) AS best_score
    FROM submissions
    WHERE score IS NOT NULL
    GROUP BY quiz_id, user_id
), ranked AS (
    SELECT quiz_id, user_id, best_score,
           DENSE_RANK() OVER (PARTITION BY quiz_id ORDER BY best_score DESC) AS place
    FROM best
)
SELECT quiz_id, user_id, best_score, place
FROM ranked
WHERE place <= 3
ORDER BY quiz_id, place, user_id;
