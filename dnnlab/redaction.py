"""Credentials never printed or logged.

Every form a secret takes in the URIs and texts dnnlab handles is replaced by ``***``: the
password of ``user:password@`` (any characters, ``@`` and ``/`` included), query parameters
such as ``password=``, ``token=``, ``access_token=``, ``secret=``, ``key=``, and the values of
the environment variables that hold credentials (``MLFLOW_TRACKING_PASSWORD``,
``MLFLOW_TRACKING_TOKEN``, ``AWS_SECRET_ACCESS_KEY``, ...), wherever they appear.
"""

from __future__ import annotations

import os
import re

__all__ = ["SECRET_ENV", "redact", "redact_text"]

SECRET_ENV = (
    "MLFLOW_TRACKING_PASSWORD", "MLFLOW_TRACKING_TOKEN", "MLFLOW_TRACKING_CLIENT_CERT_PATH",
    "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "PGPASSWORD", "DATABRICKS_TOKEN",
    "AZURE_STORAGE_ACCESS_KEY", "AZURE_STORAGE_CONNECTION_STRING", "GOOGLE_APPLICATION_CREDENTIALS",
)
_SECRET_PARAMS = r"password|passwd|pwd|token|access_token|auth_token|api_key|apikey|key|secret|" \
    r"client_secret|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token"
# scheme://user:secret@host: the secret runs to the LAST '@' before the host part, so a password
# holding '@', '/' or ':' is covered whole
_USERINFO = re.compile(r"(?P<head>[A-Za-z][\w+.-]*://[^\s:/@]*:)(?P<secret>[^\s]*)@"
                       r"(?P<host>[^\s@/?#]+)")
_QUERY = re.compile(rf"(?P<head>[?&;](?:{_SECRET_PARAMS})=)(?P<secret>[^&;#\s'\"]+)", re.I)
_KEYVALUE = re.compile(rf"(?P<head>\b(?:{_SECRET_PARAMS})\s*[=:]\s*)(?P<secret>[^\s&;,'\"]+)",
                       re.I)


def _env_secrets() -> list[str]:
    return sorted((v for k in SECRET_ENV if len(v := os.environ.get(k, "")) >= 4),
                  key=len, reverse=True)


def redact_text(text: str) -> str:
    """``text`` with every credential replaced by ``***``.

    >>> redact_text("postgresql://dnn:s3cr@t/x@db:5432/optuna?password=abc&sslmode=require")
    'postgresql://dnn:***@db:5432/optuna?password=***&sslmode=require'
    """
    if not text:
        return text
    out = _USERINFO.sub(lambda m: f"{m['head']}***@{m['host']}", text)
    out = _QUERY.sub(lambda m: f"{m['head']}***", out)
    for secret in _env_secrets():
        out = out.replace(secret, "***")
    return out


def redact(uri: str) -> str:
    """A URI (or any text) with its credentials replaced by ``***``.

    >>> redact("postgresql://dnn:s3cret@db:5432/optuna")
    'postgresql://dnn:***@db:5432/optuna'
    >>> redact("postgresql://u@host/db?password=secret")
    'postgresql://u@host/db?password=***'
    """
    return redact_text(str(uri))


def redact_config_text(text: str) -> str:
    """Like :func:`redact_text`, also for ``password: x`` / ``token=x`` pairs in free text."""
    return _KEYVALUE.sub(lambda m: f"{m['head']}***", redact_text(text))
