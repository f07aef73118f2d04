"""Writes tests/ for retry-scheduler: python3 generator.py (deterministic).

Answers come from solutions/accepted/merge_bisect.py and are cross-checked against the brute force below
on every test small enough for it."""

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).parent


def load_accepted():
    spec = importlib.util.spec_from_file_location("accepted", HERE / "solutions/accepted/merge_bisect.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.simulate_deliveries


def brute(messages, outages, policy):
    out = []
    for x in messages:
        k = 1
        while True:
            failed = any(s <= x < e for s, e in outages)
            if not failed:
                out.append(["delivered", k, x])
                break
            if k == policy["max_attempts"]:
                out.append(["dead", k, x])
                break
            x += min(policy["cap"], policy["base"] * policy["factor"] ** (k - 1))
            k += 1
    return out


def pol(base, factor, cap, m):
    return {"base": base, "factor": factor, "cap": cap, "max_attempts": m}


def random_case(rng, n, m, horizon, max_len, policy, long_share=0.1):
    outages = []
    for _ in range(m):
        s = rng.randint(0, horizon)
        length = rng.randint(1, max_len * (20 if rng.random() < long_share else 1))
        outages.append([s, s + length])
    messages = [rng.randint(0, horizon) for _ in range(n)]
    # Some attempts land exactly on an outage's end or start.
    for i in range(0, n, 7):
        o = rng.choice(outages) if outages else [0, 1]
        messages[i] = rng.choice(o)
    return [messages, outages, policy]


def main():
    rng = random.Random(4242)
    sample = [[0, 5, 19, 10], [[3, 10], [12, 20], [8, 13]], pol(2, 3, 10, 3)]
    hidden = []
    # 01 no messages
    hidden.append([[], [[0, 10]], pol(1, 2, 8, 3)])
    # 02 no outages
    hidden.append([[0, 7, 7, 10**9], [], pol(5, 2, 100, 5)])
    # 03 a single attempt allowed
    hidden.append([[0, 4, 5, 9, 10], [[5, 10]], pol(1, 2, 4, 1)])
    # 04 touching outages; attempts exactly at the boundaries
    hidden.append([[0, 4, 5, 9, 10, 11], [[5, 10], [0, 5], [10, 11]], pol(1, 1, 1, 20)])
    # 05 outages nested inside a long one
    hidden.append([[25, 50, 95, 99, 100, 15], [[10, 20], [0, 100], [30, 40], [60, 61]], pol(3, 2, 50, 4)])
    # 06 factor 1: a constant delay
    hidden.append([[0, 1, 2, 3], [[0, 17]], pol(4, 1, 4, 6)])
    # 07 huge numbers: factor 10 hits the cap, 15 attempts, a long outage
    hidden.append([[10**9, 10**9 - 1, 0], [[0, 2 * 10**10], [10**9, 10**9 + 1]], pol(10**6, 10, 10**9, 15)])
    hidden.append([[10**9, 5], [[10**9, 10**9 + 111111], [3, 10**9 + 6]], pol(1, 10, 10**9, 15)])
    # 09 duplicate outages and messages
    hidden.append([[3, 3, 3, 8, 8], [[2, 6], [2, 6], [2, 6], [7, 9], [7, 9]], pol(2, 2, 3, 3)])
    # 10-13 random small
    for n, m, horizon, ml, p in [(30, 8, 200, 20, pol(3, 2, 40, 4)), (100, 40, 1000, 30, pol(1, 3, 100, 6)),
                                 (200, 100, 5000, 60, pol(5, 2, 500, 8)), (300, 300, 10**5, 400, pol(7, 1, 7, 10))]:
        hidden.append(random_case(rng, n, m, horizon, ml, p))
    # 14 random medium, many nested outages
    hidden.append(random_case(rng, 3000, 2000, 10**8, 5000, pol(60, 2, 3600, 12), 0.3))
    # 15 large: many messages against many outages (scanning every outage per attempt is too slow)
    hidden.append(random_case(rng, 50000, 40000, 10**8, 1000, pol(30, 2, 7200, 8), 0.05))
    # 16 large: 15 attempts, the endpoint down a good part of the time
    hidden.append(random_case(rng, 20000, 10000, 10**8, 5000, pol(10, 3, 10**6, 15), 0.2))

    accepted = load_accepted()
    out = HERE / "tests"
    for folder, tests, name in [("sample", [sample], "{}"), ("hidden", hidden, "{:02d}")]:
        for i, args in enumerate(tests, 1):
            got = accepted(*args)
            if len(args[0]) * max(1, len(args[1])) <= 10**7:
                assert got == brute(*args), (folder, i)
            base = out / folder / name.format(i)
            base.with_suffix(".in").write_text(json.dumps({"args": args}, separators=(",", ":")) + "\n")
            base.with_suffix(".ans").write_text(json.dumps(got, separators=(",", ":")) + "\n")
            dead = sum(r[0] == "dead" for r in got)
            print(folder, i, len(got), "dead", dead, "attempts", sum(r[1] for r in got))


if __name__ == "__main__":
    main()
