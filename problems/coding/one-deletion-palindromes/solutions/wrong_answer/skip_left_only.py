# On the first mismatch, only tries deleting the left character.
def repairable(words):
    result = []
    for word in words:
        i, j = 0, len(word) - 1
        deleted = False
        ok = True
        while i < j:
            if word[i] == word[j]:
                i += 1
                j -= 1
            elif not deleted:
                deleted = True
                i += 1
            else:
                ok = False
                break
        result.append(ok)
    return result
