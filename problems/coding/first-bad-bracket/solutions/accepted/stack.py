OPENERS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPENING = set(OPENERS.values())


def first_bad_bracket(text):
    stack = []  # indexes of the unclosed opening brackets
    for i, ch in enumerate(text):
        if ch in OPENING:
            stack.append(i)
        elif ch in OPENERS:
            if not stack or text[stack[-1]] != OPENERS[ch]:
                return i
            stack.pop()
    return stack[0] if stack else -1
