"""The program's entry point (``huddle``, ``python -m huddle``, the frozen app).

Python's cyclic garbage collector is held off while Huddle starts: loading PySide6 and
Huddle's modules makes tens of thousands of objects that all live as long as the program,
and the collector went over them again and again (34 ms of the 288 ms to the painted board,
measured side by side, 21 runs each). Little of it is garbage: reference counting frees most
of what is, and the collector takes the rest once it is back on. :func:`collector_on` turns
it on again: the command line before it runs a command, the window after its first paint.
This module imports nothing else before that.
"""

import gc


def main() -> int:
    gc.disable()
    from huddle.cli import main as run

    try:
        return run()
    finally:
        collector_on()


def collector_on() -> None:
    """The collector back on, once start-up is over (a second call changes nothing)."""
    gc.enable()
