SELECT id AS submission_id,
       user_id,
       quiz_id,
       RANK() OVER (PARTITION BY user_id, quiz_id ORDER BY submitted_at) AS attempt
FROM submissions
ORDER BY id;
