"""Stop its own runner (its parent) with SIGSTOP, then answer: only the outer clock can end the run."""

import os
import signal

os.kill(os.getppid(), signal.SIGSTOP)
print("blocked")
