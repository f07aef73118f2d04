# The textbook table, but every earlier cut j is tried for every end i, whatever the word lengths:
# O(n^2) slices of up to n letters. Correct, and far too slow on long texts.
def splittable(text, words):
    vocab = set(words)
    n = len(text)
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(1, n + 1):
        for j in range(i):
            if ok[j] and text[j:i] in vocab:
                ok[i] = True
                break
    return ok[n]
