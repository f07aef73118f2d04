-- The quiz platform: who signed up, which quizzes exist, what was submitted, and what happened.
-- The same tables in every SQL problem; each test fills them with its own rows.

CREATE TABLE users (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    country     TEXT,                                  -- NULL when unknown
    signup_date DATE    NOT NULL
);

CREATE TABLE quizzes (
    id    INTEGER PRIMARY KEY,
    title TEXT    NOT NULL,
    topic TEXT    NOT NULL
);

CREATE TABLE questions (
    id       INTEGER PRIMARY KEY,
    quiz_id  INTEGER NOT NULL REFERENCES quizzes (id),
    position INTEGER NOT NULL,
    points   INTEGER NOT NULL
);

CREATE TABLE submissions (
    id               INTEGER   PRIMARY KEY,
    user_id          INTEGER   NOT NULL REFERENCES users (id),
    quiz_id          INTEGER   NOT NULL REFERENCES quizzes (id),
    submitted_at     TIMESTAMP NOT NULL,
    score            INTEGER,                          -- NULL while it is still being graded
    duration_seconds INTEGER   NOT NULL
);

CREATE TABLE events (
    id          INTEGER   PRIMARY KEY,
    user_id     INTEGER   NOT NULL REFERENCES users (id),
    quiz_id     INTEGER   REFERENCES quizzes (id),     -- NULL for events outside a quiz ('login')
    question_id INTEGER   REFERENCES questions (id),   -- set for 'answer' events
    kind        TEXT      NOT NULL,                    -- 'login', 'view', 'start', 'answer' or 'finish'
    occurred_at TIMESTAMP NOT NULL,
    response_ms INTEGER                                -- for 'answer' events: how long the answer took
);

CREATE INDEX submissions_by_user ON submissions (user_id, quiz_id, submitted_at);
CREATE INDEX events_by_user ON events (user_id, occurred_at);
