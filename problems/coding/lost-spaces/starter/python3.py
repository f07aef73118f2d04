def splittable(text: str, words: list[str]) -> bool:
    # Return True if `text` can be cut into pieces that are all in `words`.
    return False
