-- quiz_id, user_id, best_score, place for everyone placed 1 to 3.
SELECT quiz_id, user_id, MAX(score) AS best_score, 1 AS place
FROM submissions
GROUP BY quiz_id, user_id
ORDER BY quiz_id, user_id;
