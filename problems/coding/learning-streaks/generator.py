"""Writes tests/ for learning-streaks: python3 generator.py (deterministic).

Answers come from solutions/accepted/sorted_days.py and are cross-checked against the brute force below
on every test small enough for it."""

import importlib.util
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/sorted_days.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.learning_streaks


def brute(activities, as_of):
    today = date.fromisoformat(as_of)
    active = {}
    for user, utc, off in activities:
        local = (datetime(1970, 1, 1) + timedelta(seconds=utc, minutes=off)).date()
        active.setdefault(user, set())
        if local <= today:
            active[user].add(local)
    out = []
    for user in sorted(active):
        days = active[user]
        longest = 0
        if days:
            d, run = min(days), 0
            while d <= today:
                run = run + 1 if d in days else 0
                longest = max(longest, run)
                d += timedelta(days=1)
        end = today if today in days else today - timedelta(days=1)
        current = 0
        while end in days:
            current += 1
            end -= timedelta(days=1)
        out.append([user, current, longest])
    return out


def utc_of(day, seconds_into_local_day, offset):
    """The UTC instant at which a clock at `offset` shows `day` plus the given seconds."""
    local = (day - date(1970, 1, 1)).days * 86400 + seconds_into_local_day
    return local - 60 * offset


OFFSETS = [-720, -600, -480, -300, -240, -180, 0, 60, 120, 330, 345, 480, 540, 600, 780, 840]


def random_case(rng, users, as_of, span, density, dup=0.3, future=0.05):
    today = date.fromisoformat(as_of)
    acts = []
    for user in users:
        start = today - timedelta(days=rng.randint(0, span))
        for k in range(span + 2):
            d = start + timedelta(days=k)
            if d > today + timedelta(days=1) and rng.random() > future:
                continue
            if rng.random() < density:
                for _ in range(1 + (rng.random() < dup) * rng.randint(1, 3)):
                    off = rng.choice(OFFSETS)
                    acts.append([user, utc_of(d, rng.randint(0, 86399), off), off])
    rng.shuffle(acts)
    return [acts, as_of]


def runs_case(rng, users, as_of, days_each, gap_p):
    today = date.fromisoformat(as_of)
    acts = []
    for user in users:
        d = today - timedelta(days=days_each + rng.randint(-5, 5))
        while d <= today + timedelta(days=1):
            if rng.random() >= gap_p:
                off = rng.choice(OFFSETS)
                acts.append([user, utc_of(d, rng.randint(0, 86399), off), off])
            d += timedelta(days=1)
    rng.shuffle(acts)
    return [acts, as_of]


def main():
    rng = random.Random(1618)
    sample = [[["ana", 1700006400, 0], ["ana", 1700179200, 0], ["ana", 1700089200, -120],
               ["ana", 1700096400, 0], ["ben", 1700262000, 60], ["ben", 1700000000, 0],
               ["cy", 1700524800, 0]], "2023-11-18"]
    D = lambda s: date.fromisoformat(s)  # noqa: E731
    hidden = []
    # 01 nothing at all
    hidden.append([[], "2024-01-01"])
    # 02 one activity on as_of
    hidden.append([[["solo", utc_of(D("2024-05-05"), 3600, 0), 0]], "2024-05-05"])
    # 03 the day before counts, two days before does not
    hidden.append([[["a", utc_of(D("2024-05-04"), 100, 0), 0], ["b", utc_of(D("2024-05-03"), 100, 0), 0],
                    ["b", utc_of(D("2024-05-02"), 100, 0), 0]], "2024-05-05"])
    # 04 everything after as_of
    hidden.append([[["late", utc_of(D("2024-05-06"), 0, 0), 0], ["late", utc_of(D("2024-06-01"), 0, 0), 0]],
                   "2024-05-05"])
    # 05-06 local days before 1970
    hidden.append([[["old", 0, -60], ["old", 3600, 0], ["old", 10, -720], ["new", 0, 0]], "1970-01-01"])
    hidden.append([[["x", 0, -1], ["x", 86399, 0], ["x", 86400, -1], ["y", 0, -720]], "1970-01-02"])
    # 07 offsets at the extremes push the same instant onto different days
    inst = utc_of(D("2023-06-10"), 12 * 3600, 0)
    hidden.append([[["e", inst, 840], ["e", inst, -720], ["e", inst, 0], ["w", inst - 43200, -720],
                    ["w", inst + 36000, 840]], "2023-06-11"])
    # 08 many activities on the same days, shuffled
    acts = [["dup", utc_of(D("2022-02-0%d" % d), rng.randint(0, 86399), 0), 0] for d in (1, 2, 3, 5) for _ in range(6)]
    rng.shuffle(acts)
    hidden.append([acts, "2022-02-06"])
    # 09 ids in lexicographic order: "u10" < "u9"; a leap day (2024-02-29, 2000-02-29)
    acts = []
    for u in ["u9", "u10", "u1", "z", "a0"]:
        for s in ["2024-02-27", "2024-02-28", "2024-02-29", "2024-03-01"]:
            acts.append([u, utc_of(D(s), rng.randint(0, 86399), 0), 0])
    acts += [["y2k", utc_of(D(s), 50000, 330), 330] for s in ["2000-02-28", "2000-02-29", "2000-03-01"]]
    hidden.append([acts, "2024-03-02"])
    # 10 far future: utc_seconds up to 4 * 10^9, as_of in 2099
    hidden.append([[["far", 4 * 10**9, 840], ["far", 4 * 10**9 - 86400, 840], ["far", 4 * 10**9 - 86400 * 2, -720],
                    ["far", 0, 0]], "2099-12-31"])
    # 11-14 random small and medium
    hidden.append(random_case(rng, ["p", "q", "r"], "2023-03-15", 20, 0.7))
    hidden.append(random_case(rng, [f"s{i}" for i in range(20)], "2021-12-31", 60, 0.8))
    hidden.append(random_case(rng, [f"t{i}" for i in range(50)], "2024-01-01", 200, 0.9, 0.1, 0.3))
    hidden.append(random_case(rng, [format(i, "x") for i in range(2000)], "2025-07-04", 10, 0.6))
    # 15 large: 25 learners with runs of thousands of days (walking every run is too slow)
    hidden.append(runs_case(rng, [f"r{i}" for i in range(25)], "2026-11-29", 4000, 0.0005))
    # 16 large: 10^4 learners with a few weeks each
    hidden.append(random_case(rng, [format(i * 37 % 100000, "x") for i in range(10000)], "2026-11-29", 6, 0.8, 0.05))

    accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, args in enumerate(tests, 1):
            got = accepted(*args)
            if len(args[0]) <= 30000:
                assert got == brute(*args), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"args": args}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")
            print(folder, i, len(args[0]), got[:3])


if __name__ == "__main__":
    main()
