"""Write bytes that are not UTF-8: invalid sequences, NULs, an encoded surrogate, overlong forms,
terminal escapes, carriage returns and random bytes."""

import os
import sys

sys.stdout.buffer.write(b"\xff\xfe\x00\x80 binary \xed\xa0\x80 \xc0\xaf \x1b[2J\x1b[31mred\r\n")
sys.stdout.buffer.write(os.urandom(4096))
sys.stdout.buffer.write(b"\n<script>alert(1)</script>\x00\n")
