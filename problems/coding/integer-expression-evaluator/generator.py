#!/usr/bin/env python3
"""Writes tests/ for integer-expression-evaluator (seeded, deterministic). Run: python3 generator.py

Every formula is checked by an independent recursive-descent evaluator that rejects division by zero
and any intermediate value outside [-10^18, 10^18]; small tests are also cross-checked by brute force."""
# --- shared test-writing helpers (kept in each generator so it is self-contained) ---
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(path, text):
    return subprocess.run([sys.executable, path], input=text, capture_output=True, text=True, check=True).stdout


def lines_of(text):
    return [line.split() for line in text.strip().splitlines()]


def reset():
    shutil.rmtree(os.path.join(HERE, "tests"), ignore_errors=True)


def emit(folder, name, text, brute=True):
    """Write NAME.in, compute NAME.ans with the accepted solution, cross-check small tests by brute force."""
    directory = os.path.join(HERE, "tests", folder)
    os.makedirs(directory, exist_ok=True)
    answer = run(ACCEPTED, text)
    if brute:
        expected = run(BRUTE, text)
        assert lines_of(expected) == lines_of(answer), f"{folder}/{name}: accepted and brute force disagree"
    with open(os.path.join(directory, name + ".in"), "w") as handle:
        handle.write(text)
    with open(os.path.join(directory, name + ".ans"), "w") as handle:
        handle.write(answer)
# --- end of helpers ---

import re

ACCEPTED = os.path.join(HERE, "solutions/accepted/two_stacks.py")
BRUTE = os.path.join(HERE, "solutions/time_limit_exceeded/innermost_first.py")
LIMIT = 10**18


class Invalid(Exception):
    pass


def checked(v):
    if abs(v) > LIMIT:
        raise Invalid
    return v


def reference(formula):
    """Recursive descent, left to right, truncating division; raises Invalid on a bad formula."""
    tokens = re.findall(r"\d+|[-+*/()]", formula)
    pos = 0

    def factor():
        nonlocal pos
        token = tokens[pos]
        pos += 1
        if token == "(":
            v = expr()
            assert tokens[pos] == ")"
            pos += 1
            return v
        return int(token)

    def term():
        nonlocal pos
        v = factor()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]
            pos += 1
            w = factor()
            if op == "*":
                v = checked(v * w)
            else:
                if w == 0:
                    raise Invalid
                q = abs(v) // abs(w)
                v = q if (v < 0) == (w < 0) else -q
        return v

    def expr():
        nonlocal pos
        v = term()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]
            pos += 1
            w = term()
            v = checked(v + w if op == "+" else v - w)
        return v

    v = expr()
    assert pos == len(tokens)
    return v


def random_formula(rng, size, big_literals=False):
    def lit():
        r = rng.random()
        if big_literals and r < 0.3:
            return str(rng.randint(10**8, 10**9))
        if r < 0.1:
            return "0"
        return str(rng.randint(1, 30 if r < 0.8 else 1000))

    def gen(n):
        if n <= 1:
            return lit()
        if rng.random() < 0.25:
            return "(" + gen(n - 1) + ")"
        left = rng.randint(1, n - 1)
        op = rng.choice("+-*/")
        return gen(left) + op + gen(n - left)

    while True:
        tokens = re.findall(r"\d+|[-+*/()]", gen(size))
        text = ""
        for token in tokens:
            text += token
            if rng.random() < 0.3:
                text += " " * rng.randint(1, 2)
        text = text.strip()
        try:
            reference(text)
            return text
        except Invalid:
            continue


def fmt(formulas):
    return f"{len(formulas)}\n" + "\n".join(formulas) + "\n"


def emit_checked(folder, name, formulas, brute=True, values=None):
    emit(folder, name, fmt(formulas), brute)
    with open(os.path.join(HERE, "tests", folder, name + ".ans")) as handle:
        got = [int(x) for x in handle.read().split()]
    if values is None:
        values = [reference(f) for f in formulas]
    assert got == values, name


def long_flat(rng, terms):
    """A long formula without parentheses: a sum of products and quotients of small numbers."""
    parts, total = [], 0
    for _ in range(terms):
        v = rng.randint(1, 9)
        text = str(v)
        for _ in range(rng.randint(0, 4)):
            if abs(v) < 10**6 and rng.random() < 0.6:
                w = rng.randint(1, 9)
                text += "*" + str(w)
                v *= w
            else:
                w = rng.randint(1, 9)
                text += "/" + str(w)
                v //= w
        sign = rng.choice("+-") if parts else ""
        total += -v if sign == "-" else v
        parts.append(sign + text)
    return "".join(parts), total


def long_nested(rng, depth):
    """Deeply nested: each step wraps the formula so far in parentheses and combines it with a literal."""
    text, v = "1", 1
    for _ in range(depth):
        w = rng.randint(1, 9)
        op = rng.choice("+-*/")
        if op == "*" and abs(v) * w > 10**15:
            op = "/"
        if rng.random() < 0.5 or (op in "-/" and v == 0):
            text = "(" + text + ")" + op + str(w)
            if op == "+":
                v += w
            elif op == "-":
                v -= w
            elif op == "*":
                v *= w
            else:
                q = abs(v) // w
                v = q if v >= 0 else -q
        else:
            text = str(w) + op + "(" + text + ")"
            if op == "+":
                v = w + v
            elif op == "-":
                v = w - v
            elif op == "*":
                v = w * v
            else:
                q = w // abs(v)
                v = q if v > 0 else -q
    return text, v


def main():
    rng = random.Random(8086)
    reset()
    emit_checked("sample", "1", ["1 + 2 * 3", "(1 + 2) * 3", "(12 + 3) * 4 - 10 / 3", "(0 - 7) / 2",
                                 "100 - 20 - 30 / (4 - 1) * 2"])
    hidden = [
        ["42"],                                                   # a lone literal
        ["0", "(((7)))", "( 5 )"],                                # redundant parentheses
        ["8 - 3 - 2", "8 / 2 / 2", "2 - 3 + 4", "100 / 10 * 10"],  # left to right
        ["7 / 2", "(0 - 7) / 2", "7 / (0 - 2)", "(0 - 7) / (0 - 2)", "(0-1)/3", "0 / 5"],  # truncation
        ["1000000000 * 1000000000", "0 - 1000000000 * 1000000000", "(0 - 1000000000) * 1000000000 / 7"],
        ["1 - 2 - 3 - 4 - 5", "2 * 3 + 4 * 5 - 6 / 4", "   3+4  *  2   "],
        ["(1 - 100) / 7 * 3", "((2 - 9) / 2) * ((3 - 10) / 2)", "0 - (5 - 9) / 3"],
    ]
    for _ in range(5):
        hidden.append([random_formula(rng, rng.randint(1, 12)) for _ in range(rng.randint(1, 20))])
    hidden.append([random_formula(rng, rng.randint(5, 40), big_literals=True) for _ in range(200)])
    for i, formulas in enumerate(hidden, 1):
        emit_checked("hidden", f"{i:02d}", formulas)
    big = len(hidden)
    # Large: one flat formula of about 300000 characters.
    text, value = long_flat(rng, 40000)
    text = text[:300000]
    emit_checked("hidden", f"{big + 1:02d}", [text], brute=False, values=[value])
    # Large: deep nesting, about 30000 pairs of parentheses.
    text, value = long_nested(rng, 30000)
    emit_checked("hidden", f"{big + 2:02d}", [text], brute=False, values=[value])
    # Large: a thousand medium formulas.
    formulas = [random_formula(rng, 60) for _ in range(1000)]
    emit_checked("hidden", f"{big + 3:02d}", formulas, brute=False)


main()
