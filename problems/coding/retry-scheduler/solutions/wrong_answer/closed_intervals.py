# Treats an outage as closed, [start, end]: an attempt exactly at `end` is counted as a failure.
from bisect import bisect_right


def simulate_deliveries(messages, outages, policy):
    base, factor = policy["base"], policy["factor"]
    cap, max_attempts = policy["cap"], policy["max_attempts"]
    merged = []
    for start, end in sorted(outages):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def down(x):
        i = bisect_right(starts, x) - 1
        return i >= 0 and x <= merged[i][1]

    result = []
    for x in messages:
        delay = base
        for k in range(1, max_attempts + 1):
            if not down(x):
                result.append(["delivered", k, x])
                break
            if k == max_attempts:
                result.append(["dead", k, x])
            else:
                x += delay
                delay = min(cap, delay * factor)
    return result
