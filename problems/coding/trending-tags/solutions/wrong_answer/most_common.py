# Counter.most_common breaks ties by first appearance, not alphabetically.
from collections import Counter


def trending(tags, k):
    return [[tag, count] for tag, count in Counter(tags).most_common(k)]
