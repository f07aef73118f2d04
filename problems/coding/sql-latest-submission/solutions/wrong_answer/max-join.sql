SELECT s.user_id, s.id AS submission_id, s.quiz_id, s.submitted_at, s.score
FROM submissions s
JOIN (
    SELECT user_id, MAX(submitted_at) AS latest
    FROM submissions
    GROUP BY user_id
) m ON m.user_id = s.user_id AND m.latest = s.submitted_at
ORDER BY s.user_id;
