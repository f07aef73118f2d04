#!/usr/bin/env python3
"""Writes tests/ for first-bad-bracket (seeded, deterministic). Run: python3 generator.py"""
# --- shared test-writing helpers (kept in each generator so it is self-contained) ---
import importlib.util
import json
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))


def load(relative):
    spec = importlib.util.spec_from_file_location(relative.replace("/", "_")[:-3], os.path.join(HERE, relative))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, FUNCTION)


def reset():
    shutil.rmtree(os.path.join(HERE, "tests"), ignore_errors=True)


def emit(folder, name, args, brute=True):
    """Write NAME.in ({"args": [...]}), NAME.ans from the accepted solution; cross-check small tests."""
    directory = os.path.join(HERE, "tests", folder)
    os.makedirs(directory, exist_ok=True)
    answer = json.loads(json.dumps(ACCEPTED(*json.loads(json.dumps(args)))))
    if brute:
        expected = json.loads(json.dumps(BRUTE(*json.loads(json.dumps(args)))))
        assert expected == answer, f"{folder}/{name}: accepted and brute force disagree"
    with open(os.path.join(directory, name + ".in"), "w") as handle:
        handle.write(json.dumps({"args": args}) + "\n")
    with open(os.path.join(directory, name + ".ans"), "w") as handle:
        handle.write(json.dumps(answer) + "\n")
# --- end of helpers ---

FUNCTION = "first_bad_bracket"
ACCEPTED = load("solutions/accepted/stack.py")
BRUTE = load("solutions/time_limit_exceeded/string_stack.py")
PAIRS = ["()", "[]", "{}", "<>"]
FILLER = "abcxyz019 ,.;:=+-*/_'\""


def balanced(rng, n, filler=0.3):
    """A properly nested text of about n characters."""
    out, stack = [], []
    while len(out) < n:
        r = rng.random()
        if r < filler:
            out.append(rng.choice(FILLER))
        elif stack and (r < (1 + filler) / 2 or len(out) + len(stack) >= n):
            out.append(stack.pop())
        else:
            pair = rng.choice(PAIRS)
            out.append(pair[0])
            stack.append(pair[1])
    out.extend(reversed(stack))
    return "".join(out)


def damage(rng, text):
    """Change, drop or add one bracket somewhere."""
    positions = [i for i, ch in enumerate(text) if ch in "()[]{}<>"]
    i = rng.choice(positions) if positions else 0
    kind = rng.random()
    if kind < 0.4 and positions:
        return text[:i] + rng.choice("()[]{}<>") + text[i + 1 :]
    if kind < 0.7 and positions:
        return text[:i] + text[i + 1 :]
    return text[:i] + rng.choice("()[]{}<>") + text[i:]


def main():
    rng = random.Random(404)
    reset()
    emit("sample", "1", ["f(a[0], {b: <c>})"])
    emit("sample", "2", ["(a[b)c]"])
    emit("sample", "3", ["x)(" ])
    emit("sample", "4", ["{ [ ( ) "])
    hidden = [
        [""],                                  # empty
        ["no brackets at all"],
        [")"],
        ["("],
        ["(]"],
        ["<>[]{}()"],
        ["((((("],                             # earliest unclosed is 0, not 4
        ["ok) then (("],
        ["a(b(c)d" ],                          # one unclosed, at 1
        ["[{<>}]>"],                           # closer with nothing open, at the end
        ["(()[<{}>])(<"],                      # unclosed after balanced part
        ["x < y and y > z"],                   # angle brackets used as comparison count too
        ["f(a, g(b, h(c)"],                    # two unclosed: the earliest, at 1
        ["[]{[(<>)"],                          # two unclosed after a balanced part: 2
        ["<<<a>"],
    ]
    for _ in range(4):
        hidden.append([damage(rng, balanced(rng, rng.randint(1, 40)))])
    for _ in range(2):  # cut short: several brackets left open
        text = balanced(rng, 400)
        hidden.append([text[: rng.randint(len(text) // 3, len(text) - 1)]])
    hidden.append([balanced(rng, 200)])
    hidden.append([damage(rng, balanced(rng, 3000, filler=0.1))])
    for i, args in enumerate(hidden, 1):
        emit("hidden", f"{i:02d}", args)
    big = len(hidden)
    # Large: deep nesting, 500000 openers, then all but three of their closers: answer 0.
    openers = "".join(rng.choice("([{<") for _ in range(500000))
    closers = "".join({"(": ")", "[": "]", "{": "}", "<": ">"}[c] for c in reversed(openers))
    emit("hidden", f"{big + 1:02d}", [openers + closers[:-3] + "x"], brute=False)
    # Large: a long balanced text with filler, then a mismatch at the very end.
    text = balanced(rng, 600000, filler=0.2) + "(]"
    emit("hidden", f"{big + 2:02d}", [text], brute=False)


main()
