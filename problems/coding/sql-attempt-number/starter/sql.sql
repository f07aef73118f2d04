-- One row per submission: submission_id, user_id, quiz_id, attempt.
SELECT id AS submission_id, user_id, quiz_id, 1 AS attempt
FROM submissions
ORDER BY id;
