SELECT id AS submission_id,
       user_id,
       quiz_id,
       ROW_NUMBER() OVER (PARTITION BY user_id, quiz_id ORDER BY submitted_at, id) AS attempt
FROM submissions
ORDER BY id;
