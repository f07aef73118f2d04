-- One row per user: user_id, submission_id, quiz_id, submitted_at, score.
SELECT user_id, id AS submission_id, quiz_id, submitted_at, score
FROM submissions
ORDER BY user_id;
