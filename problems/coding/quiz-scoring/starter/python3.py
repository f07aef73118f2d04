def score_quiz(questions, answers, time_limit, time_taken, bonus_percent):
    # questions: [id, points, penalty, correct letters]; answers: [question_id, choices], last one counts.
    return {"score": 0.0, "answered": 0, "perfect": 0}
