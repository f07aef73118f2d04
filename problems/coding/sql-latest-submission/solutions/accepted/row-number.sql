SELECT user_id, submission_id, quiz_id, submitted_at, score
FROM (
    SELECT user_id, id AS submission_id, quiz_id, submitted_at, score,
           ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY submitted_at DESC, id DESC) AS newest
    FROM submissions
) numbered
WHERE newest = 1
ORDER BY user_id;
