"""User-facing errors: one line that says what is wrong and how to fix it (exit code 2)."""

from __future__ import annotations


class UserError(Exception):
    """A problem with the user's input (experiment file, override, data, tracking URI).

    The CLI prints ``error: <message>`` on one line and exits with code 2, without a traceback.
    """

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(str(message).split()))
