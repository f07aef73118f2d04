"""Writes tests/ for quiz-scoring: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/exact_integers.py and are cross-checked against the brute force
below (exact fractions, written straight from the statement) on every test. Each test's exact score is
kept at least 0.01 hundredth away from a halfway point, as the statement promises: the time taken is
nudged until it is.
"""

import importlib.util
import json
import os
import random
import shutil
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = "abcdefgh"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score_quiz


def exact(questions, answers, time_limit, time_taken, bonus_percent):
    """The exact score (a Fraction), answered and perfect."""
    ids = {q[0] for q in questions}
    final = {}
    for qid, choices in answers:
        if qid in ids:
            final[qid] = choices
    total = Fraction(0)
    answered = perfect = 0
    for qid, points, penalty, correct in questions:
        chosen = set(final.get(qid, ""))
        if chosen:
            answered += 1
            c = sum(1 for x in chosen if x in correct)
            w = len(chosen) - c
            total += Fraction(points * c, len(correct)) - penalty * w
            perfect += c == len(correct) and w == 0
    base = max(Fraction(0), total)
    bonus = Fraction(0)
    if time_taken < time_limit:
        bonus = base * Fraction(bonus_percent, 100) * Fraction(time_limit - time_taken, time_limit)
    return base + bonus, answered, perfect


def brute(questions, answers, time_limit, time_taken, bonus_percent):
    score, answered, perfect = exact(questions, answers, time_limit, time_taken, bonus_percent)
    hundredths = int(score * 100 + Fraction(1, 2))  # non-negative: int() is floor
    return {"score": hundredths / 100, "answered": answered, "perfect": perfect}


def near_half(args):
    score = exact(*args)[0] * 100
    frac = score - (score.numerator // score.denominator)
    return abs(frac - Fraction(1, 2)) < Fraction(1, 100)


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def random_quiz(rng, n_questions, n_answers, max_points=20, max_penalty=3, unknown=0.05, empty=0.05,
                time_limit=None, bonus=None, correct_share=0.6):
    questions = []
    for i in range(n_questions):
        k = rng.randint(1, 5)
        correct = "".join(sorted(rng.sample(LETTERS, k)))
        questions.append(["q" + b36(i), rng.randint(1, max_points), rng.randint(0, max_penalty), correct])
    answers = []
    for _ in range(n_answers):
        if rng.random() < unknown:
            answers.append(["x" + b36(rng.randint(0, 999)), rng.choice(LETTERS)])
            continue
        q = rng.choice(questions)
        if rng.random() < empty:
            answers.append([q[0], ""])
            continue
        picks = [x for x in q[3] if rng.random() < correct_share]
        picks += [x for x in LETTERS if x not in q[3] and rng.random() < 0.12]
        if rng.random() < 0.1 and picks:
            picks.append(rng.choice(picks))  # a repeated letter
        rng.shuffle(picks)
        answers.append([q[0], "".join(picks[:8])])
    time_limit = time_limit or rng.randint(60, 10**4)
    time_taken = rng.randint(0, time_limit + time_limit // 5)
    bonus = rng.randint(0, 100) if bonus is None else bonus
    return [questions, answers, time_limit, time_taken, bonus]


def settle(args):
    """Nudge the time taken until the exact score is far from a halfway point."""
    while near_half(args):
        args[3] += 1
    return args


def build():
    rng = random.Random(2026)
    sample = [[["q1", 4, 1, "b"], ["q2", 6, 2, "ac"], ["q3", 3, 1, "d"]],
              [["q1", "a"], ["q2", "aa"], ["q9", "b"], ["q1", "b"], ["q3", "de"]], 700, 450, 10]
    hidden = []
    # 01 one question, no answers at all
    hidden.append([[["only", 5, 1, "a"]], [], 100, 10, 20])
    # 02 every answer names an unknown question
    hidden.append([[["a", 5, 1, "a"], ["b", 5, 1, "b"]], [["A", "a"], ["c", "b"], ["bb", "b"]], 100, 10, 20])
    # 03 the last answer counts, even an empty one that clears the question
    hidden.append([[["q1", 10, 2, "c"], ["q2", 10, 2, "ab"], ["q3", 7, 0, "e"]],
                   [["q1", "c"], ["q2", "ab"], ["q3", "e"], ["q1", "d"], ["q2", ""], ["q3", "a"], ["q3", "e"],
                    ["q1", "cd"]], 300, 200, 15])
    # 04 repeated letters count once
    hidden.append([[["q1", 9, 3, "abc"], ["q2", 8, 4, "h"]], [["q1", "aaaa"], ["q2", "hhgg"]], 60, 45, 30])
    # 05 negative marking carries across questions; the total is floored at 0 once
    hidden.append([[["q1", 2, 5, "a"], ["q2", 10, 1, "b"], ["q3", 3, 4, "c"]],
                   [["q1", "bcd"], ["q2", "b"], ["q3", "c"]], 100, 50, 50])
    hidden.append([[["q1", 2, 5, "a"], ["q2", 10, 1, "b"], ["q3", 3, 4, "c"]],
                   [["q1", "bcdefgh"], ["q2", "b"], ["q3", "abc"]], 100, 0, 100])
    # 07 time taken equal to the limit, over it, zero; bonus 0 (one quiz, four timings)
    quiz = [["q1", 7, 1, "ab"], ["q2", 5, 2, "cde"], ["q3", 11, 3, "f"]]
    given = [["q1", "a"], ["q2", "cdh"], ["q3", "f"]]
    hidden.append([quiz, given, 900, 900, 50])
    hidden.append([quiz, given, 900, 100000, 50])
    hidden.append([quiz, given, 900, 0, 37])
    hidden.append([quiz, given, 900, 123, 0])
    # 11 partial credit in thirds and fifths (no bonus: the score is base, rounded)
    hidden.append([[["t", 10, 0, "abc"], ["f", 7, 0, "abcde"], ["s", 1, 0, "abc"], ["g", 100, 0, "bcdef"]],
                   [["t", "a"], ["f", "abd"], ["s", "bc"], ["g", "fedc"]], 10, 10, 0])
    # 12 maximum values on few questions
    hidden.append([[["big" + str(i), 100, 100, "abcde"[: i % 5 + 1]] for i in range(10)],
                   [["big" + str(i), "abcde"[: i % 5 + 1]] for i in range(10)], 10**4, 1, 100])
    # 13-16 random
    hidden.append(settle(random_quiz(rng, 30, 60)))
    hidden.append(settle(random_quiz(rng, 200, 500, max_penalty=8, correct_share=0.4)))
    hidden.append(settle(random_quiz(rng, 1000, 3000, unknown=0.2, empty=0.15)))
    hidden.append(settle(random_quiz(rng, 2000, 2000, max_points=100, max_penalty=0, bonus=100)))
    # 17 large: 2 * 10^4 questions, 6 * 10^4 answers
    hidden.append(settle(random_quiz(rng, 20000, 60000, max_points=100, max_penalty=5, time_limit=3600)))
    # 18 larger quiz, mostly wrong answers (the total ends negative: floored to 0)
    hidden.append(settle(random_quiz(rng, 8000, 16000, max_points=5, max_penalty=100, correct_share=0.1)))
    return [sample], hidden


def write(folder, name, args, accepted):
    taken = args[3]
    settle(args)
    if args[3] != taken:
        print(f"{name}: time taken nudged from {taken} to {args[3]}")
    answer = accepted(*args)
    expected = brute(*args)
    assert answer == expected, (folder, name, answer, expected)
    with open(os.path.join(folder, name + ".in"), "w") as f:
        f.write(json.dumps({"args": args}, separators=(",", ":")) + "\n")
    with open(os.path.join(folder, name + ".ans"), "w") as f:
        f.write(json.dumps(answer, separators=(",", ":")) + "\n")


def main():
    accepted = load("solutions/accepted/exact_integers.py")
    samples, hidden = build()
    for sub in ("sample", "hidden"):
        shutil.rmtree(os.path.join(HERE, "tests", sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "tests", sub))
    for i, args in enumerate(samples, 1):
        write(os.path.join(HERE, "tests/sample"), str(i), args, accepted)
    for i, args in enumerate(hidden, 1):
        write(os.path.join(HERE, "tests/hidden"), f"{i:02d}", args, accepted)


if __name__ == "__main__":
    main()
