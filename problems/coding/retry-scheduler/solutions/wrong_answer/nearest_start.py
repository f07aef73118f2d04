# Sorts the outages by start and only checks the last one starting at or before x: an earlier, longer
# outage that also covers x is missed (the intervals were never merged).
from bisect import bisect_right


def simulate_deliveries(messages, outages, policy):
    base, factor = policy["base"], policy["factor"]
    cap, max_attempts = policy["cap"], policy["max_attempts"]
    ordered = sorted(outages)
    starts = [start for start, _ in ordered]

    def down(x):
        i = bisect_right(starts, x) - 1
        return i >= 0 and x < ordered[i][1]

    result = []
    for x in messages:
        for k in range(1, max_attempts + 1):
            if not down(x):
                result.append(["delivered", k, x])
                break
            if k == max_attempts:
                result.append(["dead", k, x])
            else:
                x += min(cap, base * factor ** (k - 1))
    return result
