# Greedy: at each position take the longest word that matches, never reconsidering. Fails when a
# shorter word is needed so that the rest can be split ("car | tone", not "cart | one").
def splittable(text, words):
    vocab = set(words)
    longest = max(len(w) for w in vocab)
    i = 0
    while i < len(text):
        for length in range(min(longest, len(text) - i), 0, -1):
            if text[i:i + length] in vocab:
                i += length
                break
        else:
            return False
    return True
