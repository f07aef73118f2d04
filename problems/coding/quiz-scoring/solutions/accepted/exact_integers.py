def score_quiz(questions, answers, time_limit, time_taken, bonus_percent):
    # Every question score is a multiple of 1/60 (k <= 5 divides 60): count in sixtieths of a point.
    final = {}
    known = {q[0] for q in questions}
    for question_id, choices in answers:
        if question_id in known:
            final[question_id] = choices  # a later answer replaces an earlier one
    total = 0  # sixtieths of a point
    answered = perfect = 0
    for question_id, points, penalty, correct in questions:
        chosen = set(final.get(question_id, ""))
        if not chosen:
            continue
        answered += 1
        right = set(correct)
        c = len(chosen & right)
        w = len(chosen - right)
        total += points * c * (60 // len(right)) - 60 * penalty * w
        if c == len(right) and w == 0:
            perfect += 1
    base = max(0, total)
    left = max(0, time_limit - time_taken)
    # score * 100 = base * (100 * time_limit + bonus_percent * left) / (60 * time_limit), exactly.
    numerator = base * (100 * time_limit + bonus_percent * left)
    denominator = 60 * time_limit
    hundredths = (2 * numerator + denominator) // (2 * denominator)  # halves up
    return {"score": hundredths / 100, "answered": answered, "perfect": perfect}
