# Tries deleting every character in turn: O(n^2) per word.
def repairable(words):
    result = []
    for word in words:
        ok = word == word[::-1]
        i = 0
        while not ok and i < len(word):
            candidate = word[:i] + word[i + 1 :]
            ok = candidate == candidate[::-1]
            i += 1
        result.append(ok)
    return result
