# best[i] = profit of the best plan whose last harvested tree is i, found by looking back at every
# earlier plan that ends two or more trees before. Correct, but O(n^2).
def harvest(yields):
    n = len(yields)
    best = [0] * n
    answer = 0
    for i in range(n):
        before = 0
        for j in range(i - 1):
            if best[j] > before:
                before = best[j]
        best[i] = before + yields[i]
        answer = max(answer, best[i])
    return answer
