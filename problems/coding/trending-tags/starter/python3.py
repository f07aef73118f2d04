def trending(tags: list[str], k: int) -> list[list]:
    # Return up to k pairs [tag, count]: most used first, ties alphabetical.
    return []
