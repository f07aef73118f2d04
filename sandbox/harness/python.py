"""Function-style harness for Python: call the candidate's function or drive their class, print JSON.

It runs inside the sandbox beside the candidate's `solution.py`. The judge prepends two constants:
TARGET (the function or class name) and STYLE ("function" or "class"). The test's stdin is JSON:
{"args": [...]} for a function, {"calls": [[method, [args...]], ...]} for a class, where the first call
is the constructor. What the candidate prints goes to stderr, so that stdout holds only the result.
"""

import json
import sys

TARGET: str
STYLE: str


def main():
    test = json.loads(sys.stdin.read())
    result_stream = sys.stdout
    sys.stdout = sys.stderr
    import solution

    target = getattr(solution, TARGET, None)
    if target is None:
        raise SystemExit(f"solution.py must define {TARGET!r}")
    if STYLE == "function":
        result = target(*test["args"])
    else:
        calls = test["calls"]
        instance = target(*calls[0][1])
        result = [None]
        for method, args in calls[1:]:
            result.append(getattr(instance, method)(*args))
    try:
        text = json.dumps(result, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise SystemExit(f"the result cannot be written as JSON: {error}") from None
    result_stream.write(text + "\n")
    result_stream.flush()


main()
