from collections import Counter


def trending(tags, k):
    counts = Counter(tags)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[tag, count] for tag, count in ranked[:k]]
