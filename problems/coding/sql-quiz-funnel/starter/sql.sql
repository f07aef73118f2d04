-- One row per quiz: quiz_id, viewed, started, finished, finish_rate.
SELECT q.id AS quiz_id, 0 AS viewed, 0 AS started, 0 AS finished, NULL AS finish_rate
FROM quizzes q
ORDER BY q.id;
