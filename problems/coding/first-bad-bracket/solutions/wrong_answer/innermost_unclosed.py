# Reports the most recent unclosed bracket (the top of the stack) instead of the earliest.
PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


def first_bad_bracket(text):
    stack = []
    for i, ch in enumerate(text):
        if ch in "([{<":
            stack.append(i)
        elif ch in PAIRS:
            if not stack or text[stack[-1]] != PAIRS[ch]:
                return i
            stack.pop()
    return stack[-1] if stack else -1
