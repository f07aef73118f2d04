def edits(typed: str, candidate: str) -> int:
    # Return the fewest inserts, deletes and replaces that turn `typed` into `candidate`.
    return 0
