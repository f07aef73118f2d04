def first_bad_bracket(text: str) -> int:
    # Return the index of the first bad bracket, or -1 when all brackets match.
    return -1
