SELECT s.user_id, s.id AS submission_id, s.quiz_id, s.submitted_at, s.score
FROM submissions s
WHERE s.id = (SELECT MAX(id) FROM submissions o WHERE o.user_id = s.user_id)
ORDER BY s.user_id;
