def repairable(words: list[str]) -> list[bool]:
    # For each word: is it a palindrome after deleting at most one character?
    return [False for _ in words]
