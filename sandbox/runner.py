"""The in-sandbox runner: compile once, then run each test in its own process under its own limits.

It runs inside the sandbox (a fresh container, or the local process sandbox), with the standard library
only. It reads one JSON request on stdin (see `mockround.grading.protocol`), writes the candidate's files
into the current folder, and prints one JSON line per finished step, then `{"done": true}`. It never sees
expected outputs: it reports raw outcomes and outputs, which are compared outside the sandbox.
"""

import base64
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time

# Limits that hold for every process the runner starts, whatever the request says.
MAX_OPEN_FILES = 64
MAX_FILE_BYTES = 16 * 1024 * 1024


def emit(entry):
    sys.stdout.write(json.dumps(entry, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def child_setup(limits):
    """Runs in the child between fork and exec: a new process group and hard resource limits."""
    cpu = int(limits["cpu_seconds"]) + 1
    memory = limits["memory_mb"] * 1024 * 1024

    def setup():
        os.setsid()
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NOFILE, (MAX_OPEN_FILES, MAX_OPEN_FILES))
        resource.setrlimit(resource.RLIMIT_STACK, (memory, memory))

    return setup


def drain(stream, cap, sink, overflow):
    """Keep the first `cap` bytes of a stream; note an overflow and stop reading at once."""
    size = 0
    while True:
        chunk = stream.read(65536)
        if not chunk:
            return
        room = cap - size
        if len(chunk) > room:
            sink.append(chunk[: max(room, 0)])
            overflow.set()
            return
        sink.append(chunk)
        size += len(chunk)


def feed(stream, data):
    try:
        stream.write(data)
    except (BrokenPipeError, OSError):
        pass  # The program stopped reading: that is its business.
    finally:
        try:
            stream.close()
        except OSError:
            pass


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_process(command, stdin_bytes, limits, env):
    stdout_parts, stderr_parts = [], []
    stdout_overflow, stderr_overflow = threading.Event(), threading.Event()
    started = time.monotonic()
    try:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=child_setup(limits),
            env=env,
            close_fds=True,
        )
    except OSError as exc:
        return {
            "outcome": "nonzero_exit",
            "exit_code": 127,
            "stderr_b64": base64.b64encode(str(exc).encode()).decode(),
        }
    threads = [
        threading.Thread(target=feed, args=(proc.stdin, stdin_bytes), daemon=True),
        threading.Thread(
            target=drain, args=(proc.stdout, limits["output_bytes"], stdout_parts, stdout_overflow), daemon=True
        ),
        threading.Thread(
            target=drain, args=(proc.stderr, limits["stderr_bytes"], stderr_parts, stderr_overflow), daemon=True
        ),
    ]
    for thread in threads:
        thread.start()

    deadline = started + limits["wall_seconds"]
    wall_exceeded = False
    status = None
    rusage = None
    while True:
        pid, status, rusage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if stdout_overflow.is_set():
            kill_group(proc.pid)
        elif time.monotonic() > deadline:
            wall_exceeded = True
            kill_group(proc.pid)
        time.sleep(0.002)
    wall = time.monotonic() - started
    proc.returncode = 0  # Reaped here with its rusage; keep Popen from waiting again.
    # Anything the program left behind in its group (a background child) goes with it.
    kill_group(proc.pid)
    for thread in threads[1:]:
        thread.join(timeout=1.0)

    cpu = rusage.ru_utime + rusage.ru_stime
    memory_kb = rusage.ru_maxrss
    stderr = b"".join(stderr_parts)
    exit_code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else None
    sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else None

    if stdout_overflow.is_set():
        outcome = "output_limit"
    elif cpu > limits["cpu_seconds"] or wall_exceeded or sig == signal.SIGXCPU:
        outcome = "time_limit"
    elif sig == signal.SIGXFSZ:
        outcome = "output_limit"
    elif (exit_code != 0 or sig is not None) and (
        memory_kb * 1024 >= 0.9 * limits["memory_mb"] * 1024 * 1024
        or b"MemoryError" in stderr[-2048:]
        or b"std::bad_alloc" in stderr
        or b"OutOfMemoryError" in stderr
        or b"out of memory" in stderr
    ):
        outcome = "memory_limit"
    elif sig is not None:
        outcome = "signaled"
    elif exit_code != 0:
        outcome = "nonzero_exit"
    else:
        outcome = "ok"
    return {
        "outcome": outcome,
        "exit_code": exit_code,
        "signal": sig,
        "cpu_ms": int(cpu * 1000),
        "wall_ms": int(wall * 1000),
        "memory_kb": int(memory_kb),
        "stdout_b64": base64.b64encode(b"".join(stdout_parts)).decode("ascii"),
        "stderr_b64": base64.b64encode(stderr).decode("ascii"),
    }


def main():
    request = json.loads(sys.stdin.buffer.read())
    sys.stdin.close()
    for name, content in request["files"].items():
        if os.path.basename(name) != name or name.startswith("."):
            raise SystemExit(f"refusing file name {name!r}")
        with open(name, "x", encoding="utf-8") as handle:
            handle.write(content)
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.getcwd(), "LANG": "C.UTF-8", "TMPDIR": os.getcwd()}

    if request.get("compile"):
        result = run_process(request["compile"], b"", request["compile_limits"], env)
        emit({"step": "compile", "result": result})
        if result["outcome"] != "ok":
            emit({"done": True})
            return

    for test in request["tests"]:
        result = run_process(request["run"], base64.b64decode(test["input_b64"]), request["limits"], env)
        emit({"step": "test", "name": test["name"], "result": result})
    emit({"done": True})


if __name__ == "__main__":
    main()
