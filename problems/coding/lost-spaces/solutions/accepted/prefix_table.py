def splittable(text, words):
    vocab = set(words)
    lengths = sorted({len(w) for w in vocab})
    ok = [False] * (len(text) + 1)  # ok[i]: the first i letters can be split
    ok[0] = True
    for i in range(1, len(text) + 1):
        for length in lengths:
            if length > i:
                break
            if ok[i - length] and text[i - length:i] in vocab:
                ok[i] = True
                break
    return ok[len(text)]
