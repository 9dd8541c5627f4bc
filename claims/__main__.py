"""`python -m claims`: the command-line interface.

The process ends with `os._exit` once the output is flushed: the interpreter's teardown can race
Arrow's C++ thread pools and abort ("terminate called without an active exception", exit 134;
apache/arrow#34314) after the work is done. Nothing is left for the teardown to do: every file
is written and closed inside `main`.
"""
import os
import sys

from claims.cli import main


def _end(code: int) -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: the reader has gone
            pass
    os._exit(code)


_end(main())
