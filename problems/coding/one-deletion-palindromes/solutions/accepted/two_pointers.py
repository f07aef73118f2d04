def _is_palindrome(word, i, j):
    while i < j:
        if word[i] != word[j]:
            return False
        i += 1
        j -= 1
    return True


def _repairable(word):
    i, j = 0, len(word) - 1
    while i < j and word[i] == word[j]:
        i += 1
        j -= 1
    if i >= j:
        return True
    # The first mismatch: one of these two characters must be the one deleted.
    return _is_palindrome(word, i + 1, j) or _is_palindrome(word, i, j - 1)


def repairable(words):
    return [_repairable(word) for word in words]
