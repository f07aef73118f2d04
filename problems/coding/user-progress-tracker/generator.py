"""Writes tests/ for user-progress-tracker: seeded, deterministic. Run: python3 generator.py

Answers come from solutions/accepted/counters_heap.py and are cross-checked against the brute force
below (recomputes every answer from the users' completion stacks) on every test of up to 5000 calls.
"""

import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ProgressTracker"


def load(path):
    spec = importlib.util.spec_from_file_location("solution", os.path.join(HERE, path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, NAME)


class Brute:
    def __init__(self, courses):
        self.courses = courses
        self.stack = {}

    def complete(self, user, lesson):
        stack = self.stack.setdefault(user, [])
        if not any(lesson in ls for ls in self.courses.values()) or lesson in stack:
            return False
        stack.append(lesson)
        return True

    def undo(self, user):
        stack = self.stack.get(user)
        return stack.pop() if stack else None

    def percent(self, user, course):
        done = set(self.stack.get(user, []))
        ls = self.courses[course]
        return (100 * len([x for x in ls if x in done])) // len(ls)

    def completers(self, course):
        return sum(1 for s in self.stack.values() if set(self.courses[course]) <= set(s))

    def top_course(self):
        scored = [(-self.completers(c), c) for c in self.courses]
        best = min(scored)
        return best[1] if best[0] < 0 else None


def run(cls, calls):
    obj = cls(*calls[0][1])
    return [None] + [getattr(obj, m)(*a) for m, a in calls[1:]]


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def catalog(rng, n_courses, min_lessons, max_lessons, prefix="c", shuffle=True):
    courses = {}
    names = [prefix + b36(i) for i in range(n_courses)]
    if shuffle:
        rng.shuffle(names)
    lesson = 0
    for name in names:
        k = rng.randint(min_lessons, max_lessons)
        courses[name] = ["l" + b36(lesson + j) for j in range(k)]
        lesson += k
    return courses


def random_calls(rng, courses, n, users, weights=(50, 12, 14, 10, 14), unknown=0.03):
    calls = [[NAME, [courses]]]
    names = list(courses)
    for _ in range(n):
        op = rng.choices(("complete", "undo", "percent", "completers", "top_course"), weights)[0]
        user = rng.choice(users)
        if op == "complete":
            if rng.random() < unknown:
                lesson = f"x{rng.randint(0, 99)}"
            else:
                lesson = rng.choice(courses[rng.choice(names)])
            calls.append(["complete", [user, lesson]])
        elif op == "undo":
            calls.append(["undo", [user]])
        elif op == "percent":
            calls.append(["percent", [user, rng.choice(names)]])
        elif op == "completers":
            calls.append(["completers", [rng.choice(names)]])
        else:
            calls.append(["top_course", []])
    return calls


def build():
    rng = random.Random(31337)
    ex = {"sql": ["joins", "indexes"], "py": ["async"]}
    sample = [[NAME, [ex]], ["complete", ["ada", "joins"]], ["complete", ["ada", "joins"]], ["percent", ["ada", "sql"]],
              ["top_course", []], ["complete", ["bob", "async"]], ["complete", ["ada", "indexes"]], ["top_course", []],
              ["complete", ["ada", "async"]], ["top_course", []], ["undo", ["ada"]], ["undo", ["ada"]],
              ["completers", ["sql"]], ["complete", ["bob", "gossip"]], ["top_course", []]]
    hidden = []
    # 01 one course of one lesson
    hidden.append([[NAME, [{"only": ["one"]}]], ["top_course", []], ["percent", ["u", "only"]], ["complete", ["u", "one"]],
                   ["percent", ["u", "only"]], ["completers", ["only"]], ["top_course", []], ["undo", ["u"]],
                   ["top_course", []], ["completers", ["only"]], ["undo", ["u"]]])
    # 02 undo with nothing to undo, users never seen, undo after everything was undone
    hidden.append([[NAME, [{"a": ["a1", "a2"], "b": ["b1"]}]], ["undo", ["ghost"]], ["percent", ["ghost", "a"]],
                   ["completers", ["b"]], ["complete", ["u", "a1"]], ["complete", ["u", "b1"]], ["undo", ["u"]],
                   ["undo", ["u"]], ["undo", ["u"]], ["percent", ["u", "a"]], ["complete", ["u", "a2"]],
                   ["undo", ["u"]], ["undo", ["u"]], ["top_course", []]])
    # 03 unknown lessons and repeated completions change nothing (and are not undone)
    hidden.append([[NAME, [{"c": ["l1", "l2", "l3"]}]], ["complete", ["u", "l1"]], ["complete", ["u", "zz"]],
                   ["complete", ["u", "l1"]], ["complete", ["u", "c"]], ["percent", ["u", "c"]], ["undo", ["u"]],
                   ["undo", ["u"]], ["complete", ["u", "l2"]], ["complete", ["u", "l3"]], ["complete", ["u", "l1"]],
                   ["complete", ["u", "l2"]], ["completers", ["c"]], ["top_course", []], ["undo", ["u"]],
                   ["percent", ["u", "c"]], ["completers", ["c"]], ["top_course", []]])
    # 04 ties: the catalog lists courses in reverse order of their ids
    tie = {"zeta": ["z1"], "mid": ["m1"], "beta": ["b1", "b2"], "alpha": ["a1", "a2"]}
    hidden.append([[NAME, [tie]], ["complete", ["u", "z1"]], ["top_course", []], ["complete", ["v", "m1"]],
                   ["top_course", []], ["complete", ["v", "z1"]], ["top_course", []], ["complete", ["w", "m1"]],
                   ["top_course", []], ["complete", ["u", "b1"]], ["complete", ["u", "b2"]], ["complete", ["v", "b1"]],
                   ["complete", ["v", "b2"]], ["top_course", []], ["complete", ["x", "a2"]], ["complete", ["x", "a1"]],
                   ["complete", ["y", "a1"]], ["complete", ["y", "a2"]], ["top_course", []], ["undo", ["y"]],
                   ["top_course", []], ["undo", ["v"]], ["top_course", []], ["undo", ["w"]], ["top_course", []]])
    # 05 undo chains across courses, then the same lessons completed again
    hidden.append([[NAME, [{"a": ["a1", "a2"], "b": ["b1", "b2"]}]]] +
                  [["complete", ["u", x]] for x in ("a1", "b1", "a2", "b2")] +
                  [["completers", ["a"]], ["completers", ["b"]], ["undo", ["u"]], ["completers", ["a"]],
                   ["completers", ["b"]], ["undo", ["u"]], ["completers", ["a"]], ["complete", ["u", "b2"]],
                   ["complete", ["u", "a2"]], ["completers", ["a"]], ["completers", ["b"]], ["undo", ["u"]],
                   ["undo", ["u"]], ["undo", ["u"]], ["percent", ["u", "a"]], ["percent", ["u", "b"]], ["undo", ["u"]],
                   ["undo", ["u"]]])
    # 06 percentages rounded down: thirds, sevenths, a 200-lesson course
    long = [f"p{i}" for i in range(200)]
    calls = [[NAME, [{"three": ["t1", "t2", "t3"], "seven": [f"s{i}" for i in range(7)], "long": long}]]]
    for i in range(3):
        calls += [["complete", ["u", f"t{i + 1}"]], ["percent", ["u", "three"]]]
    for i in range(7):
        calls += [["complete", ["u", f"s{i}"]], ["percent", ["u", "seven"]]]
    for i in range(200):
        calls += [["complete", ["v", long[i]]], ["percent", ["v", "long"]]]
    hidden.append(calls)
    # 07 random: tiny courses, few users (completers come and go)
    hidden.append(random_calls(rng, catalog(rng, 6, 1, 2), 2500, [f"u{i}" for i in range(5)], (50, 25, 8, 8, 9)))
    # 08 random: more courses and users
    hidden.append(random_calls(rng, catalog(rng, 40, 1, 4), 2500, [f"u{i}" for i in range(30)]))
    # 09 random: undo-heavy
    hidden.append(random_calls(rng, catalog(rng, 10, 1, 3), 2500, [f"u{i}" for i in range(8)], (40, 35, 8, 7, 10)))
    # 10 random: bigger courses, percent-heavy
    hidden.append(random_calls(rng, catalog(rng, 5, 5, 30), 2500, [f"u{i}" for i in range(10)], (60, 5, 25, 5, 5)))
    # 11 random: many ties among one-lesson courses
    hidden.append(random_calls(rng, catalog(rng, 26, 1, 1), 2500, [f"u{i}" for i in range(12)], (45, 20, 5, 10, 20)))
    # 12 large: 5 * 10^3 small courses, 1.6 * 10^4 calls, top_course and completers often
    hidden.append(random_calls(rng, catalog(rng, 5000, 1, 3), 16000, ["u" + b36(i) for i in range(2000)],
                               (40, 10, 15, 15, 20), unknown=0.0))
    # 13 one course of 3 * 10^4 lessons, percent queries (counting the course's lessons per query is too slow)
    big = {"huge": ["l" + b36(i) for i in range(30000)], "tiny": ["t"]}
    calls = [[NAME, [big]]]
    for _ in range(6000):
        user = f"u{rng.randint(0, 99)}"
        r = rng.random()
        if r < 0.2:
            calls.append(["complete", [user, "l" + b36(rng.randint(0, 29999))]])
        elif r < 0.25:
            calls.append(["complete", [user, "t"]])
        elif r < 0.3:
            calls.append(["undo", [user]])
        else:
            calls.append(["percent", [user, "huge"]])
    hidden.append(calls)
    return [sample], hidden


def write(folder, name, calls, accepted):
    answer = run(accepted, calls)
    if len(calls) <= 5001:
        assert answer == run(Brute, calls), (folder, name)
    with open(os.path.join(folder, name + ".in"), "w") as f:
        f.write(json.dumps({"calls": calls}, separators=(",", ":")) + "\n")
    with open(os.path.join(folder, name + ".ans"), "w") as f:
        f.write(json.dumps(answer, separators=(",", ":")) + "\n")


def main():
    accepted = load("solutions/accepted/counters_heap.py")
    samples, hidden = build()
    for sub in ("sample", "hidden"):
        shutil.rmtree(os.path.join(HERE, "tests", sub), ignore_errors=True)
        os.makedirs(os.path.join(HERE, "tests", sub))
    for i, calls in enumerate(samples, 1):
        write(os.path.join(HERE, "tests/sample"), str(i), calls, accepted)
    for i, calls in enumerate(hidden, 1):
        write(os.path.join(HERE, "tests/hidden"), f"{i:02d}", calls, accepted)


if __name__ == "__main__":
    main()
