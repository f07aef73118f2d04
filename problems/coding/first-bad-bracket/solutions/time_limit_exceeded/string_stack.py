# Keeps the open brackets in a string and drops the last one by slicing: each pop copies the string,
# so deep nesting costs O(n^2).
PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def first_bad_bracket(text):
    stack = ""
    first_open = []  # where each currently open bracket is, to report the earliest one
    for i, ch in enumerate(text):
        if ch in "([{<":
            stack = stack + ch
            first_open = first_open + [i]
        elif ch in PAIRS:
            if not stack or stack[-1] != PAIRS[ch]:
                return i
            stack = stack[:-1]
            first_open = first_open[:-1]
    return first_open[0] if first_open else -1
