SELECT quiz_id, COUNT(*) AS answers, MAX(response_ms) AS p95_ms
FROM (
    SELECT quiz_id, response_ms,
           PERCENT_RANK() OVER (PARTITION BY quiz_id ORDER BY response_ms) AS pr
    FROM events
    WHERE kind = 'answer' AND response_ms IS NOT NULL
) ranked
WHERE pr <= 0.95
GROUP BY quiz_id
ORDER BY quiz_id;
