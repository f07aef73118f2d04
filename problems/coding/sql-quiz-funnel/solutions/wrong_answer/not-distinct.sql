SELECT q.id AS quiz_id,
       COUNT(CASE WHEN e.kind = 'view' THEN e.user_id END) AS viewed,
       COUNT(CASE WHEN e.kind = 'start' THEN e.user_id END) AS started,
       COUNT(CASE WHEN e.kind = 'finish' THEN e.user_id END) AS finished,
       ROUND(100.0 * COUNT(CASE WHEN e.kind = 'finish' THEN e.user_id END)
             / NULLIF(COUNT(CASE WHEN e.kind = 'view' THEN e.user_id END), 0), 1) AS finish_rate
FROM quizzes q
LEFT JOIN events e ON e.quiz_id = q.id
GROUP BY q.id
ORDER BY q.id;
