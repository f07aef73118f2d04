def harvest(yields: list[int]) -> int:
    # Return the largest total profit without harvesting two neighbouring trees.
    return 0
