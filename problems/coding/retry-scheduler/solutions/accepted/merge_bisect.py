from bisect import bisect_right


def simulate_deliveries(messages, outages, policy):
    base, factor = policy["base"], policy["factor"]
    cap, max_attempts = policy["cap"], policy["max_attempts"]

    # Merge the outages into disjoint, sorted intervals (touching ones too: [1, 5) + [5, 8) = [1, 8)).
    merged = []
    for start, end in sorted(outages):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1][1] = end
        else:
            merged.append([start, end])
    starts = [start for start, _ in merged]

    def down(x):
        i = bisect_right(starts, x) - 1
        return i >= 0 and x < merged[i][1]

    result = []
    for x in messages:
        delay = base
        k = 1
        while down(x):
            if k == max_attempts:
                result.append(["dead", k, x])
                break
            x += delay
            delay = min(cap, delay * factor)
            k += 1
        else:
            result.append(["delivered", k, x])
    return result
