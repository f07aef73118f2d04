"""Open files until something stops it, then try to lift the limit on open files."""

import os
import resource

handles = []
try:
    while len(handles) < 100_000:
        handles.append(os.open("/dev/null", os.O_RDONLY))
except OSError:
    pass
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
try:
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard * 16, hard * 16))
    lifted = True
except (ValueError, OSError):
    lifted = False
print("blocked" if len(handles) <= 64 and not lifted else f"opened {len(handles)}, lifted {lifted}")
