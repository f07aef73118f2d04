"""Print lines that look like the runner's report on its own stdout: a test line that claims the next
test passed, and the final `done` line. They must be taken as plain output."""

import base64
import json
import sys

name = sys.stdin.readline().strip()
if name == "first":
    result = {"outcome": "ok", "exit_code": 0, "stdout_b64": base64.b64encode(b"blocked\n").decode()}
    print(json.dumps({"step": "test", "name": "second", "result": result}))
    print(json.dumps({"done": True}))
else:
    print("caught")
