"""The in-sandbox runner: compile once, then run each test in its own process under its own limits.

It runs inside the sandbox (a fresh container, or the local process sandbox), with the standard library
only. It reads the request on stdin (see `mockround.grading.sandbox.encode_request`): a JSON header, then
each test's input as a length-prefixed frame. It writes the candidate's files into the current folder and
prints one JSON line per finished step, then `{"done": true}`. It never sees expected outputs: it reports
raw outcomes and outputs, which are compared outside the sandbox.
"""

import base64
import ctypes
import errno
import io
import json
import os
import resource
import signal
import subprocess
import sys
import threading
import time
import traceback
import types

# Limits that hold for every process the runner starts, whatever the request says.
MAX_OPEN_FILES = 64
MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_INHERITED_FD = 4096
MAX_STACK_BYTES = 64 * 1024 * 1024


PR_SET_DUMPABLE = 4
# Modules imported once before forking, so that a forked test does not pay for them again.
PRELOADED = (
    "bisect collections dataclasses functools heapq itertools json math operator random re string sys "
    "typing array copy decimal fractions statistics enum datetime"
).split()


def make_undumpable():
    """Keep the programs the runner starts (same user) out of its memory and descriptors in /proc."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def read_exact(size):
    """Read exactly `size` bytes of stdin into a bytearray, with no buffered copy left elsewhere."""
    data = bytearray(size)
    view = memoryview(data)
    done = 0
    while done < size:
        count = os.readv(0, [view[done:]])
        if count == 0:
            raise SystemExit("the request ended early")
        done += count
    return data


def read_frame():
    digits = b""
    while not digits.endswith(b"\n"):
        byte = os.read(0, 1)
        if not byte or len(digits) > 20:
            raise SystemExit("malformed request frame")
        digits += byte
    return read_exact(int(digits))


def wipe(buffers):
    """Zero the test inputs held in this process, so that a forked test cannot read any of them."""
    for buffer in buffers:
        if buffer:
            ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def reap_everything(kill_leftovers):
    """Kill whatever the last test left behind (even what escaped its process group) and reap it, so
    that nothing lives on into the next test. Only where every process this runner may signal is the
    submission's: as PID 1 of a container, or when the sandbox says the user is this run's own."""
    if os.getpid() != 1 and not kill_leftovers:
        return
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def b64(text):
    return base64.b64encode(text.encode("utf-8", "backslashreplace")).decode("ascii")


def emit(entry):
    sys.stdout.write(json.dumps(entry, separators=(",", ":")) + "\n")
    sys.stdout.flush()


def address_space_in_use():
    """This process's mapped address space in bytes (0 if /proc cannot say)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def child_setup(limits, forked=False):
    """Runs in the child between fork and exec (or, `forked`, before it runs the test in place): a new
    process group and hard resource limits."""
    cpu = int(limits["cpu_seconds"]) + 1
    memory = (limits.get("address_space_mb") or limits["memory_mb"]) * 1024 * 1024

    def setup():
        os.setsid()
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
        # A forked test starts with the runner's mappings (the interpreter, the other tests' inputs, the
        # stacks of its feeding and draining threads): its address space limit comes on top of those, as
        # an exec'd program's starts from nothing. Otherwise it would get less room the more the runner
        # had mapped, and near the limit every allocation would fail over to a slower path.
        room = memory + (address_space_in_use() if forked else 0)
        resource.setrlimit(resource.RLIMIT_AS, (room, room))
        resource.setrlimit(resource.RLIMIT_FSIZE, (MAX_FILE_BYTES, MAX_FILE_BYTES))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        resource.setrlimit(resource.RLIMIT_NOFILE, (MAX_OPEN_FILES, MAX_OPEN_FILES))
        # A bounded stack: deep enough for deep recursion, and threads (whose stacks glibc sizes from
        # this limit) still fit in the address space.
        stack = min(memory, limits["memory_mb"] * 1024 * 1024, MAX_STACK_BYTES)
        resource.setrlimit(resource.RLIMIT_STACK, (stack, stack))

    return setup


def drain(stream, cap, sink, overflow):
    """Keep the first `cap` bytes of a stream and note an overflow. Past the cap, read on and throw the
    bytes away, so that a program never blocks on a full pipe (stdout's overflow kills it anyway).
    `read1` returns what is there, so nothing already written is lost to a child holding the pipe."""
    size = 0
    while True:
        chunk = stream.read1(65536)
        if not chunk:
            return
        room = cap - size
        if len(chunk) > room:
            if room > 0:
                sink.append(chunk[:room])
            overflow.set()
        else:
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


def overflowed_stack(stderr):
    """A deep recursion that ran out of stack is a runtime error, even if the stack was large."""
    tail = stderr[-4096:]
    return (
        b"RecursionError" in tail
        or b"StackOverflowError" in stderr
        or b"call stack size exceeded" in stderr
        or b"stack overflow" in stderr  # Go
        or b"goroutine stack exceeds" in stderr
    )


def kill_group(pid):
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def run_forked_python(code, entry, inputs):
    """In the child, after fork: run compiled code as `python3 ENTRY` would, then leave at once."""

    def run():
        wipe(inputs)
        sys.argv = [entry]
        sys.path[0:0] = [os.getcwd()]
        sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.FileIO(0, "r", closefd=False), encoding="utf-8")
        sys.stdout = sys.__stdout__ = io.TextIOWrapper(
            io.BufferedWriter(io.FileIO(1, "w", closefd=False)), encoding="utf-8", errors="surrogateescape"
        )
        sys.stderr = sys.__stderr__ = io.TextIOWrapper(
            io.FileIO(2, "w", closefd=False), encoding="utf-8", errors="backslashreplace", write_through=True
        )
        main = types.ModuleType("__main__")
        main.__file__ = entry
        main.__builtins__ = __builtins__
        sys.modules["__main__"] = main
        status = 0
        try:
            exec(code, main.__dict__)
        except SystemExit as exit_:
            if exit_.code is None:
                status = 0
            elif isinstance(exit_.code, int):
                status = exit_.code & 0xFF
            else:
                print(exit_.code, file=sys.stderr)
                status = 1
        except BaseException:
            # Show the traceback as Python would, without the runner's own frame.
            kind, value, tb = sys.exc_info()
            traceback.print_exception(kind, value, tb.tb_next if tb else None)
            status = 1
        try:
            sys.stdout.flush()
        except (BrokenPipeError, OSError):
            pass
        try:
            sys.stderr.flush()
        except OSError:
            pass
        os._exit(status)

    return run


def start_forked(target, limits, env):
    """Fork a child that runs `target` under the same limits and plumbing as an exec'd program."""
    stdin_r, stdin_w = os.pipe()
    stdout_r, stdout_w = os.pipe()
    stderr_r, stderr_w = os.pipe()
    setup = child_setup(limits, forked=True)
    pid = os.fork()
    if pid == 0:
        try:
            os.dup2(stdin_r, 0)
            os.dup2(stdout_w, 1)
            os.dup2(stderr_w, 2)
            os.closerange(3, MAX_INHERITED_FD)
            os.environ.clear()
            os.environ.update(env)
            setup()
            target()
        finally:
            os._exit(127)
    for fd in (stdin_r, stdout_w, stderr_w):
        os.close(fd)
    return ForkedProcess(pid, os.fdopen(stdin_w, "wb"), os.fdopen(stdout_r, "rb"), os.fdopen(stderr_r, "rb"))


class ForkedProcess:
    """The few parts of Popen that run_process uses."""

    def __init__(self, pid, stdin, stdout, stderr):
        self.pid, self.stdin, self.stdout, self.stderr = pid, stdin, stdout, stderr
        self.returncode = None


def spawn(command, limits, env, forked):
    if forked is not None:
        return start_forked(forked, limits, env)
    return subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=child_setup(limits),
        env=env,
        close_fds=True,
    )


def run_process(command, stdin_bytes, limits, env, forked=None):
    stdout_parts, stderr_parts = [], []
    stdout_overflow, stderr_overflow = threading.Event(), threading.Event()
    started = time.monotonic()
    try:
        proc = spawn(command, limits, env, forked)
    except OSError as exc:
        # A toolchain that is missing is the sandbox's fault; a program of the submission's own that
        # will not start (deleted, or no process slot left) is the submission's.
        own = command[0].startswith("./") or exc.errno in (errno.EAGAIN, errno.ENOMEM)
        return {
            "outcome": "nonzero_exit" if own else "spawn_failed",
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

    crashed = exit_code != 0 or sig is not None
    stack_overflow = overflowed_stack(stderr) and crashed
    over_memory = memory_kb > (limits.get("rss_limit_mb") or limits["memory_mb"]) * 1024
    # A program that ended by itself (not stopped by the clock) for want of memory: near its cap, or
    # with its runtime's own out-of-memory message (a heap flag such as Node's stops it below the cap).
    out_of_memory = (
        crashed
        and not wall_exceeded
        and sig not in (signal.SIGXCPU, signal.SIGXFSZ)
        and (
            memory_kb * 1024 >= 0.9 * limits["memory_mb"] * 1024 * 1024
            or b"MemoryError" in stderr[-2048:]
            or b"std::bad_alloc" in stderr
            or b"OutOfMemoryError" in stderr
            or b"out of memory" in stderr
        )
    )
    if stdout_overflow.is_set():
        outcome = "output_limit"
    elif (over_memory or out_of_memory) and not stack_overflow:
        # Over the limit, even if it finished: a runtime's heap flag is not enough. Ahead of the time
        # limit, since a program near its memory cap is often slowed by reclaim (or a garbage collector
        # working ever harder) until its CPU time runs past the limit before it gives up.
        outcome = "memory_limit"
    elif cpu > limits["cpu_seconds"] or wall_exceeded or sig == signal.SIGXCPU:
        outcome = "time_limit"
    elif sig == signal.SIGXFSZ:
        outcome = "output_limit"
    elif stack_overflow:
        outcome = "nonzero_exit"
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
    make_undumpable()
    request = json.loads(read_frame())
    inputs = [read_frame() for _ in request["tests"]]
    os.close(0)
    for name, content in request["files"].items():
        if os.path.basename(name) != name or name.startswith("."):
            raise SystemExit(f"refusing file name {name!r}")
        with open(name, "x", encoding="utf-8") as handle:
            handle.write(content)
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": os.getcwd(), "LANG": "C.UTF-8", "TMPDIR": os.getcwd()}

    if request.get("compile"):
        result = run_process(request["compile"], b"", request["compile_limits"], env)
        reap_everything(request.get("kill_leftovers"))
        emit({"step": "compile", "result": result})
        if result["outcome"] != "ok":
            emit({"done": True})
            return

    forked = None
    entry = request.get("fork_entry")
    if entry:
        # Compile once; each test is a fork of this process that runs the code object, so that no
        # test pays for a new interpreter. The fork gives each test its own fresh copy of everything.
        # Every Python file is checked, so that a syntax error in an imported file is a compilation error.
        try:
            for name in sorted(request["files"], key=lambda name: name == entry):
                if name.endswith(".py"):
                    code = compile(request["files"][name], name, "exec")
        except (SyntaxError, ValueError) as error:
            message = "".join(traceback.format_exception_only(type(error), error))
            emit({"step": "compile", "result": {"outcome": "nonzero_exit", "exit_code": 1, "stderr_b64": b64(message)}})
            emit({"done": True})
            return
        emit({"step": "compile", "result": {"outcome": "ok", "exit_code": 0}})
        for name in PRELOADED:
            __import__(name)
        forked = run_forked_python(code, entry, inputs)

    for index, test in enumerate(request["tests"]):
        result = run_process(request["run"], inputs[index], request["limits"], env, forked)
        inputs[index] = None
        reap_everything(request.get("kill_leftovers"))
        emit({"step": "test", "name": test["name"], "result": result})
        if request.get("stop_after_failure") and result["outcome"] != "ok":
            break
    emit({"done": True})


if __name__ == "__main__":
    main()
