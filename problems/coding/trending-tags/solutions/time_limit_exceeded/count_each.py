# Counts each distinct tag with list.count: O(n * distinct tags).
def trending(tags, k):
    ranked = sorted(((-tags.count(tag), tag) for tag in set(tags)))
    return [[tag, -negative] for negative, tag in ranked[:k]]
