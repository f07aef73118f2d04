def harvest(yields):
    take, skip = 0, 0  # best profit so far with the previous tree harvested / left alone
    for y in yields:
        take, skip = skip + y, max(take, skip)
    return max(take, skip)
