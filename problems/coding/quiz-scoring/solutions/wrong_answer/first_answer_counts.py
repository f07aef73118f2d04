# Keeps the first answer to each question instead of the last one.
def score_quiz(questions, answers, time_limit, time_taken, bonus_percent):
    final = {}
    for question_id, choices in answers:
        final.setdefault(question_id, choices)
    total = 0.0
    answered = perfect = 0
    for question_id, points, penalty, correct in questions:
        chosen = set(final.get(question_id, ""))
        if not chosen:
            continue
        answered += 1
        right = set(correct)
        c, w = len(chosen & right), len(chosen - right)
        total += points * c / len(right) - penalty * w
        perfect += c == len(right) and w == 0
    base = max(0.0, total)
    if time_taken < time_limit:
        base += base * bonus_percent / 100 * (time_limit - time_taken) / time_limit
    return {"score": round(base, 2), "answered": answered, "perfect": perfect}
