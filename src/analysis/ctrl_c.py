"""How the pipeline command ends on Ctrl-C: one line and exit 130, from its first moment.

`python -m analysis.pipeline` spends its first 0.1-0.3 s (more on a busy machine) loading
modules before pipeline.main can catch anything, and a Ctrl-C then printed an import traceback.
The package's __init__ is the first of the command's own code to run, so it calls
`quiet_until_main()` there; pipeline.main hands Ctrl-C back to Python (`main_takes_over`) once
its own handlers are in place. Any other use of the package (a kernel, a script, the tests)
keeps its Ctrl-C.

SIGTERM (`timeout`, a CI cancel, `kill`) is handled as Ctrl-C is, once pipeline.main runs: it
raises `Terminated`, a KeyboardInterrupt, so the run writes its state and index and says where it
stopped (QA6 B7: it ended with no word and no index).

Public API: INTERRUPTED_EXIT, INTERRUPTED_LINE, TERMINATED_EXIT, Terminated, new_line, quiet_until_main,
main_takes_over, terminate_as_interrupt.
"""

from __future__ import annotations

import signal
import sys

__all__ = ["INTERRUPTED", "INTERRUPTED_EXIT", "INTERRUPTED_LINE", "TERMINATED", "TERMINATED_EXIT", "Terminated", "new_line",
           "quiet_until_main", "main_takes_over", "raise_terminated", "terminate_as_interrupt"]

# How a stopped run is named in the run's state, the index and STALE.txt: Ctrl-C, or SIGTERM.
INTERRUPTED, TERMINATED = "interrupted", "terminated"
INTERRUPTED_EXIT = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C
INTERRUPTED_LINE = f"{INTERRUPTED}; rerun to continue"
TERMINATED_EXIT = 143  # 128 + SIGTERM, what shells report for a command stopped by SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM: stops the run as Ctrl-C does (a KeyboardInterrupt), named 'terminated'."""

    word = TERMINATED


def raise_terminated(signum, frame) -> None:
    """The SIGTERM handler terminate_as_interrupt installs."""
    raise Terminated


def terminate_as_interrupt():
    """SIGTERM raises Terminated from now on; returns the handler it replaced (to restore)."""
    return signal.signal(signal.SIGTERM, raise_terminated)


COMMAND = "analysis.pipeline"  # the module `python -m` runs


def new_line() -> str:
    """On a terminal the message starts a line of its own (after '^C' or a progress bar's half line)."""
    return "\n" if sys.stderr.isatty() else ""


def _stop_at_start(signum, frame) -> None:
    sys.stderr.write(f"{new_line()}{INTERRUPTED_LINE}\n")
    raise SystemExit(INTERRUPTED_EXIT)


def _is_the_command(argv: list[str]) -> bool:
    """Whether this interpreter was started as `python [options] -m analysis.pipeline ...`."""
    return "-m" in argv and argv[argv.index("-m") + 1:argv.index("-m") + 2] == [COMMAND]


def quiet_until_main() -> None:
    """In `python -m analysis.pipeline` only (and in the main thread, where signals are
    handled): a Ctrl-C before pipeline.main takes over prints one line and exits 130."""
    if _is_the_command(getattr(sys, "orig_argv", [])):
        signal.signal(signal.SIGINT, _stop_at_start)


def main_takes_over() -> None:
    """Ctrl-C raises KeyboardInterrupt again, for pipeline.main's own handlers."""
    if signal.getsignal(signal.SIGINT) is _stop_at_start:
        signal.signal(signal.SIGINT, signal.default_int_handler)
