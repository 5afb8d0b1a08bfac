"""Import and call a user's function named in the experiment file (``data.factory``, ...).

A factory spec names a callable in one of two forms:

- module form ``package.module:function``: imported with :mod:`importlib` (from ``sys.path``
  or the current directory);
- path form ``path/to/file.py:function`` or ``./file.py:function``: the file is executed as a
  module of its own; relative paths start from the current directory.

The attribute part may be dotted (``module:Class.create``). Every failure is a one-line
:class:`~dnnlab.errors.UserError` that names the config key (``what``).

>>> fn = load_factory("json:dumps", "data.factory")
>>> call_factory(fn, {"obj": [1, 2]}, "data.factory")
'[1, 2]'
>>> factory_source_file("json:dumps") is None
True
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.util
import inspect
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from dnnlab.errors import UserError

__all__ = ["call_factory", "describe_exception", "factory_source_file", "import_time_code",
           "load_factory"]

# (mtime_ns, size) of each file-form module last executed, keyed by its module name
_STAMPS: dict[str, tuple[int, int]] = {}


def describe_exception(err: BaseException) -> str:
    """``"ValueError: first line of the message"`` (just the type when there is no message)."""
    lines = str(err).strip().splitlines()
    return f"{type(err).__name__}: {lines[0].strip()}" if lines else type(err).__name__


def _is_path(target: str) -> bool:
    return (target.endswith(".py") or "/" in target or os.sep in target
            or target.startswith(("~", ".")))


def _parse(spec: str, what: str) -> tuple[str, str]:
    """``(module or file, attribute)``; a malformed spec is a UserError."""
    target, sep, attr = str(spec).rpartition(":")
    if not sep or not target or not attr or not all(p.isidentifier() for p in attr.split(".")):
        raise UserError(
            f"{what} {spec!r} must look like package.module:function or "
            "path/to/file.py:function (a colon, then the name of the function or class)"
        )
    return target, attr


def factory_source_file(spec: str) -> Path | None:
    """The absolute path of the ``.py`` file a path-form spec points at; ``None`` for the module
    form. Relative paths are resolved against the current directory; the file need not exist.

    >>> factory_source_file("/tmp/mydata.py:make_data").name
    'mydata.py'
    """
    target = str(spec).rpartition(":")[0] or str(spec)
    if not _is_path(target):
        return None
    path = Path(target).expanduser()
    return (path if path.is_absolute() else Path.cwd() / path).resolve()


def _is_main_guard(node: ast.stmt) -> bool:
    """``if __name__ == "__main__":`` (either order of the comparison)."""
    if not isinstance(node, ast.If) or not isinstance(node.test, ast.Compare):
        return False
    t = node.test
    sides = [t.left, *t.comparators]
    return (len(t.ops) == 1 and isinstance(t.ops[0], ast.Eq)
            and {getattr(x, "id", None) for x in sides} >= {"__name__"}
            and any(isinstance(x, ast.Constant) and x.value == "__main__" for x in sides))


_DESCRIBE = {ast.With: "a `with` block", ast.For: "a `for` loop", ast.While: "a `while` loop",
             ast.If: "an `if` block", ast.Try: "a `try` block", ast.Expr: "a call",
             ast.AsyncWith: "an `async with` block", ast.AsyncFor: "an `async for` loop"}


def import_time_code(path: str | Path) -> str | None:
    """What importing a Python file would run besides definitions, as ``"line N: a `with`
    block"``; None when its top level only imports, defines functions and classes, assigns
    values computed without a call, and keeps everything else under
    ``if __name__ == "__main__":``. A training script written that way can be imported for its
    model class without training again; one that trains at its top level cannot.

    >>> import tempfile
    >>> source = 'import torch\\nN = 3\\nclass Net: pass\\nif __name__ == "__main__":\\n    go()\\n'
    >>> with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
    ...     _ = f.write(source)
    >>> import_time_code(f.name) is None
    True
    """
    try:
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError) as err:
        return f"it cannot be read ({describe_exception(err)})"
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom | ast.FunctionDef | ast.AsyncFunctionDef
                      | ast.ClassDef | ast.Pass) or _is_main_guard(node):
            continue
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # a docstring
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign) and not any(
                isinstance(sub, ast.Call | ast.Await) for sub in ast.walk(node)):
            continue  # N = 3, CLASSES = ("a", "b"), DEVICE: str = "cpu"
        if isinstance(node, ast.Try) and all(
                isinstance(sub, ast.Import | ast.ImportFrom | ast.Pass | ast.Assign)
                for part in (node.body, *(h.body for h in node.handlers)) for sub in part):
            continue  # try: import x except ImportError: x = None
        what = next((d for t, d in _DESCRIBE.items() if isinstance(node, t)),
                    "an assignment that calls a function" if isinstance(
                        node, ast.Assign | ast.AnnAssign | ast.AugAssign) else "a statement")
        return f"line {node.lineno}: {what}"
    return None


def _where(spec: str) -> str:
    target = Path(str(spec).rpartition(":")[0]).expanduser()
    return "" if target.is_absolute() else f" (relative to the current directory {os.getcwd()})"


def _import_file(path: Path, spec: str, what: str) -> ModuleType:
    if not path.is_file():
        kind = "is a folder, not a .py file" if path.is_dir() else "not found"
        raise UserError(
            f"{what} {spec!r}: file {str(path)!r} {kind}{_where(spec)}; "
            "check the path before the colon"
        )
    name = "_dnnlab_factory_" + hashlib.sha1(str(path).encode()).hexdigest()[:16]
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    if name in sys.modules and _STAMPS.get(name) == stamp:
        return sys.modules[name]  # the same file, unchanged: its classes stay the same objects
    module_spec = importlib.util.spec_from_file_location(name, path)
    if module_spec is None or module_spec.loader is None:
        raise UserError(f"{what} {spec!r}: {str(path)!r} is not a Python file; name a .py file")
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[name] = module  # dataclasses and pickle look classes up there
    folder = str(path.parent)
    sys.path.insert(0, folder)  # so the file can import its neighbours
    try:
        module_spec.loader.exec_module(module)
    except Exception as err:
        sys.modules.pop(name, None)
        raise UserError(
            f"{what} {spec!r}: importing {path.name} raised {describe_exception(err)}; "
            "fix that file"
        ) from None
    finally:
        if folder in sys.path:
            sys.path.remove(folder)
    _STAMPS[name] = stamp
    return module


def _import_module(target: str, spec: str, what: str) -> ModuleType:
    cwd = os.getcwd()
    added = cwd not in sys.path and "" not in sys.path
    if added:
        sys.path.append(cwd)  # `dnnlab train` finds a module next to the experiment, like -m
    try:
        return importlib.import_module(target)
    except ModuleNotFoundError as err:
        if err.name and (target == err.name or target.startswith(err.name + ".")):
            raise UserError(
                f"{what} {spec!r}: module {target!r} not found (searched sys.path and the "
                f"current directory {cwd}); install it, run from the folder that holds it, or "
                "use the path form path/to/file.py:function"
            ) from None
        raise UserError(
            f"{what} {spec!r}: importing {target} raised {describe_exception(err)}; "
            "install the missing package"
        ) from None
    except Exception as err:
        raise UserError(
            f"{what} {spec!r}: importing {target} raised {describe_exception(err)}; "
            "fix that module"
        ) from None
    finally:
        if added and cwd in sys.path:
            sys.path.remove(cwd)


def _callables(module: ModuleType) -> list[str]:
    return [
        n for n, v in vars(module).items()
        if callable(v) and not n.startswith("_")
        and getattr(v, "__module__", None) == module.__name__
    ]


def load_factory(spec: str, what: str) -> Callable[..., Any]:
    """Import the callable that ``spec`` names; ``what`` is the config key, for messages.

    A path-form file is executed once per change: loading the same unchanged file again
    returns the same objects.
    """
    target, attr = _parse(spec, what)
    path = factory_source_file(spec)
    module = _import_file(path, spec, what) if path is not None else (
        _import_module(target, spec, what)
    )
    obj: Any = module
    for i, part in enumerate(attr.split(".")):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            if i == 0:
                found = _callables(module)
                hint = (f"it defines {', '.join(found[:8])}" if found
                        else "it defines no public functions or classes")
                owner = path.name if path is not None else f"module {target}"
            else:
                hint, owner = "check the name", ".".join(attr.split(".")[:i])
            raise UserError(
                f"{what} {spec!r}: {owner} has no attribute {part!r}; {hint}"
            ) from None
    if not callable(obj):
        raise UserError(
            f"{what} {spec!r}: {attr} is not callable (it is of type {type(obj).__name__}); "
            f"point {what} at a function or class"
        )
    return obj


def _args_key(what: str) -> str:
    return what.rsplit(".", 1)[0] + ".args" if what.endswith(".factory") else f"{what} args"


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)


def _check_args(fn: Callable[..., Any], args: dict[str, Any], what: str, key: str) -> None:
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return  # some builtins have no signature: let the call itself decide
    params = list(sig.parameters.values())
    by_name = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    named = [p.name for p in params if p.kind in by_name]
    if not any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params):
        unknown = [k for k in args if k not in named]
        if unknown:
            more = f" (nor {', '.join(map(repr, unknown[1:]))})" if unknown[1:] else ""
            takes = f"it takes {', '.join(named)}" if named else "it takes no arguments"
            raise UserError(
                f"{key}: {_name(fn)}() of {what} takes no argument {unknown[0]!r}{more}; "
                f"{takes}; fix or remove that key"
            )
    missing = [
        p.name for p in params
        if p.default is inspect.Parameter.empty and p.name not in args
        and p.kind in (*by_name, inspect.Parameter.POSITIONAL_ONLY)
    ]
    if missing:
        raise UserError(
            f"{key}: {_name(fn)}() of {what} needs argument(s) {', '.join(map(repr, missing))}; "
            f"add them under {key}"
        )


def call_factory(
    fn: Callable[..., Any], args: dict[str, Any], what: str, *, args_key: str | None = None
) -> Any:
    """``fn(**args)``, after checking ``args`` against ``fn``'s signature.

    ``args_key`` is the config key of ``args`` in messages (default: ``what`` with ``.args``
    for ``.factory``, e.g. ``data.args``). A UserError the function raises passes through;
    any other exception becomes a one-line UserError with its type and first line.
    """
    key = args_key or _args_key(what)
    args = dict(args)
    _check_args(fn, args, what, key)
    try:
        return fn(**args)
    except UserError:
        raise
    except Exception as err:
        raise UserError(
            f"{what}: {_name(fn)}() raised {describe_exception(err)}; fix the function or {key}"
        ) from None
