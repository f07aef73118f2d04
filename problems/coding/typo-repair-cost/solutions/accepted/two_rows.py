def edits(typed, candidate):
    m = len(candidate)
    prev = list(range(m + 1))  # prev[j]: keystrokes from the typed prefix so far to candidate[:j]
    for i, ch in enumerate(typed, 1):
        cur = [i] * (m + 1)
        left = i
        for j in range(m):
            best = prev[j] if candidate[j] == ch else prev[j] + 1  # keep or replace
            if prev[j + 1] + 1 < best:  # delete ch
                best = prev[j + 1] + 1
            if left + 1 < best:  # insert candidate[j]
                best = left + 1
            cur[j + 1] = left = best
        prev = cur
    return prev[m]
