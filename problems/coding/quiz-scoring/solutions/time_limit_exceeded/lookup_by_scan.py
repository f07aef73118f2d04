# For every question, looks for its last answer by scanning the whole answer list backwards.
def score_quiz(questions, answers, time_limit, time_taken, bonus_percent):
    total = 0.0
    answered = perfect = 0
    for question_id, points, penalty, correct in questions:
        choices = ""
        for answered_id, given in reversed(answers):
            if answered_id == question_id:
                choices = given
                break
        chosen = set(choices)
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
