SELECT quiz_id, user_id, best_score, place
FROM (
    SELECT quiz_id, user_id, score AS best_score,
           RANK() OVER (PARTITION BY quiz_id ORDER BY score DESC) AS place
    FROM submissions
    WHERE score IS NOT NULL
) ranked
WHERE place <= 3
ORDER BY quiz_id, place, user_id;
