# Correct, but checks every outage for every attempt: O(len(outages)) per attempt.
def simulate_deliveries(messages, outages, policy):
    base, factor = policy["base"], policy["factor"]
    cap, max_attempts = policy["cap"], policy["max_attempts"]
    result = []
    for created in messages:
        x = created
        for k in range(1, max_attempts + 1):
            if not any(start <= x < end for start, end in outages):
                result.append(["delivered", k, x])
                break
            if k == max_attempts:
                result.append(["dead", k, x])
            else:
                x += min(cap, base * factor ** (k - 1))
    return result
