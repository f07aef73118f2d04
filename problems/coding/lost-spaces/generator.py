"""Writes tests/ for lost-spaces. Seeded and deterministic: python3 generator.py"""

import json
import random
import string
from pathlib import Path

HERE = Path(__file__).parent


def solve(text, words):
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    ok = [True] + [False] * len(text)  # ok[i]: text[:i] can be split
    for i in range(1, len(text) + 1):
        for length in lengths:
            if length > i:
                break
            if ok[i - length] and text[i - length: i] in vocab:
                ok[i] = True
                break
    return ok[len(text)]


def brute(text, words):  # plain backtracking, small inputs only
    if text == "":
        return True
    return any(text.startswith(w) and brute(text[len(w):], words) for w in set(words))


def rand_word(rng, lo, hi, alphabet=string.ascii_lowercase):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def main():
    rng = random.Random(5150)
    samples = [
        ("nightowlmode", ["night", "owl", "mode", "nigh"]),
        ("cartone", ["car", "cart", "tone"]),
    ]
    hidden = [
        ("a", ["a"]),
        ("a", ["b"]),
        ("ab", ["abc"]),  # a word longer than the text
        ("carton", ["car", "cart", "on", "ton"]),
        ("bookkeeperx", ["book", "keeper", "keep", "er"]),
        ("logloglog", ["log", "log", "log"]),  # repeated words, a word used many times
        ("aaaaaaab", ["a", "aa", "aaa", "aaaa"]),  # dead end only at the very end
        ("abcd", ["a", "abc", "b", "cd"]),  # the short first choice fails, the long one works
        ("catsandog", ["cats", "dog", "sand", "and", "cat"]),
        ("zz" * 10, ["z" * 20]),  # one word of the maximal length
    ]
    for i in range(6):  # small random over a tiny alphabet: many overlapping words
        words = [rand_word(rng, 1, 4, "ab") for _ in range(rng.randint(1, 5))]
        if i % 2 == 0:
            text = "".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        else:
            text = rand_word(rng, 1, 14, "ab")
        hidden.append((text, words))
    # large: dead end at the end; backtracking explores exponentially many splits
    hidden.append(("a" * 29999 + "b", ["a" * k for k in range(1, 21)]))
    # large, splittable: random words over a small alphabet, many overlapping
    words = sorted({rand_word(rng, 1, 20, "abc") for _ in range(1000)})
    text = ""
    while len(text) < 29980:
        text += rng.choice(words)
    hidden.append((text, words))
    # large, not splittable: the same text with one letter changed near the end
    broken = text[:-5] + "d" + text[-4:]
    hidden.append((broken, words))
    # large, all one letter, splittable
    hidden.append(("a" * 30000, ["a" * 7, "a" * 11, "a" * 13, "b"]))

    for folder in ("sample", "hidden"):
        d = HERE / "tests" / folder
        d.mkdir(parents=True, exist_ok=True)
        for f in d.iterdir():
            f.unlink()
    for kind, tests, width in (("sample", samples, 1), ("hidden", hidden, 2)):
        for i, (text, words) in enumerate(tests, 1):
            assert 1 <= len(text) <= 30000 and 1 <= len(words) <= 1000
            assert all(1 <= len(w) <= 20 for w in words)
            ans = solve(text, words)
            if len(text) <= 30:
                assert ans == brute(text, words), (kind, i, text, words)
            name = f"{i:0{width}d}"
            (HERE / "tests" / kind / f"{name}.in").write_text(json.dumps({"args": [text, words]}) + "\n")
            (HERE / "tests" / kind / f"{name}.ans").write_text(json.dumps(ans) + "\n")
    print(len(samples), "samples,", len(hidden), "hidden")


if __name__ == "__main__":
    main()
