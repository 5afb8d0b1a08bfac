"""Passwords never printed or logged: URIs with ``user:password@`` get ``***`` instead."""

from __future__ import annotations

import re
import urllib.parse

__all__ = ["redact", "redact_text"]

_URI_PASSWORD = re.compile(r"(\w+://[^:/@\s]+:)([^@\s]+)(@)")


def redact(uri: str) -> str:
    """The URI with any password replaced by ``***``.

    >>> redact("postgresql://dnn:s3cret@db:5432/optuna")
    'postgresql://dnn:***@db:5432/optuna'
    """
    parts = urllib.parse.urlsplit(uri)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urllib.parse.urlunsplit(parts._replace(netloc=netloc))
    return uri


def redact_text(text: str) -> str:
    """Any ``scheme://user:password@host`` in ``text`` with the password replaced by ``***``."""
    return _URI_PASSWORD.sub(r"\1***\3", text)
