"""Writes tests/ for sensor-log-agreement. Seeded and deterministic: python3 generator.py"""

import itertools
import random
from pathlib import Path

HERE = Path(__file__).parent


def solve(text: str) -> str:
    a, b = text.split()
    prev = [0] * (len(b) + 1)
    for ch in a:
        cur = [0] * (len(b) + 1)
        for j, bj in enumerate(b, 1):
            cur[j] = prev[j - 1] + 1 if ch == bj else max(prev[j], cur[j - 1])
        prev = cur
    return f"{prev[len(b)]}\n"


def is_subsequence(s, t):
    it = iter(t)
    return all(ch in it for ch in s)


def brute(text: str) -> str:  # every subsequence of the shorter log, longest first
    a, b = text.split()
    if len(a) > len(b):
        a, b = b, a
    for k in range(len(a), 0, -1):
        for idx in itertools.combinations(range(len(a)), k):
            if is_subsequence("".join(a[i] for i in idx), b):
                return f"{k}\n"
    return "0\n"


def rand_log(rng, n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def main():
    rng = random.Random(2718)
    samples = ["SJSRJE\nJSRRSE\n", "ABC\nXYZ\n"]
    hidden = [
        "A\nA\n",
        "A\nB\n",
        "AAAA\nAA\n",  # repeated letters
        "ABCDEF\nABCDEF\n",  # identical
        "ABCDEF\nFEDCBA\n",  # reversed
        "AXBXCX\nABC\n",  # one log inside the other, spread out
        "ABCXYZDEF\nDEFXYZABC\n",  # the longest common block is not the answer
        "ABAZDC\nBACBAD\n",
    ]
    for _ in range(6):
        hidden.append(f"{rand_log(rng, rng.randint(1, 12), 'ABC')}\n{rand_log(rng, rng.randint(1, 12), 'ABCD')}\n")
    # large: random logs over a small alphabet
    hidden.append(f"{rand_log(rng, 2000, 'SJRE')}\n{rand_log(rng, 2000, 'SJRE')}\n")
    # large: logs that share a hidden sequence, each with noise added
    core = rand_log(rng, 1200, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    def noisy(s):
        out = list(s)
        while len(out) < 2000:
            out.insert(rng.randint(0, len(out)), rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        return "".join(out)

    hidden.append(f"{noisy(core)}\n{noisy(core)}\n")
    # large: no letter in common
    hidden.append(f"{rand_log(rng, 2000, 'ABCDEFGHIJKLM')}\n{rand_log(rng, 2000, 'NOPQRSTUVWXYZ')}\n")

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, text in enumerate(tests, 1):
            ans = solve(text)
            if len(text) <= 30:
                assert ans == brute(text), (kind, i, text, ans, brute(text))
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(text)
            (HERE / "tests" / kind / f"{name}.ans").write_text(ans)
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
