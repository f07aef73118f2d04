-- One row per quiz with timed answers: quiz_id, answers, p95_ms.
SELECT quiz_id, COUNT(*) AS answers, MAX(response_ms) AS p95_ms
FROM events
WHERE kind = 'answer'
GROUP BY quiz_id
ORDER BY quiz_id;
