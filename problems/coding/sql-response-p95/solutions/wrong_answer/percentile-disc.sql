SELECT quiz_id,
       COUNT(*) AS answers,
       percentile_disc(0.95) WITHIN GROUP (ORDER BY response_ms) AS p95_ms
FROM events
WHERE kind = 'answer' AND response_ms IS NOT NULL
GROUP BY quiz_id
ORDER BY quiz_id;
