"""The regex programs the parser compiles at import, kept on disk for the next import.

Importing the parser compiles about 900 patterns, and that is nearly all of its import time (~0.4-0.5 s of Python in
``re._parser`` and ``re._compiler``; PERF21.txt) — paid again by every process that parses, the sandbox's child for
each uploaded file among them. What a pattern compiles to (the engine's program: a list of integers, its flags, its
groups) depends only on the pattern, its flags and the engine, so ``compiled_from_cache`` keeps each program in a file
under this package's ``__pycache__`` (one file per Python version and engine, like a .pyc) and, on the next import,
hands it straight to ``_sre.compile``: the same Pattern object as ``re.compile`` makes, without parsing the pattern
again. A pattern not in the file is compiled as ``re`` would compile it; the file is written again (atomically,
holding just the patterns this import asked for) when one was missing, and nothing is written where the directory
cannot be written to. A file that cannot be read is ignored.
"""
from __future__ import annotations

import marshal
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

_FILE = Path(__file__).with_name("__pycache__") / f"regex.{sys.implementation.cache_tag}.{_sre.MAGIC}.marshal"
_FORMAT = 1  # (the layout of the file's entries, below)
# (_program repeats Python 3.11's re._compiler.compile; on any other version the patterns are compiled as usual)
_ACTIVE = sys.version_info[:2] == (3, 11) and hasattr(_compiler, "_code")


def _load(path: Path) -> dict:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != _FORMAT or data.get("version") != sys.version:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` gives ``_sre.compile`` for a pattern (Python 3.11's steps, without its debug
    print): (flags, code, groups, groupindex, indexgroup)."""
    tree = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(tree, flags)]  # (its opcodes are int subclasses, which marshal refuses)
    groupindex = dict(tree.state.groupdict)
    indexgroup = [None] * tree.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (flags | tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup))


@contextmanager
def compiled_from_cache(path: Path = _FILE):
    """Within the block, patterns compiled through ``re`` (``re.compile``, ``re.search`` …, by way of
    ``re._compiler.compile``) are taken from the file when it holds them."""
    if not _ACTIVE:
        yield
        return
    known = _load(path)
    asked: dict = {}
    missing = False
    original = _compiler.compile

    def compile(p, flags=0):  # noqa: A001 - stands in for re._compiler.compile
        nonlocal missing
        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        flags = int(flags)  # (re passes a plain int; a RegexFlag given directly is kept as its value, as marshal needs)
        key = (p, flags)
        entry = known.get(key)
        if entry is not None:
            try:
                compiled = _sre.compile(p, *entry)
            except Exception:  # noqa: BLE001 - an entry not of this layout: compiled afresh below
                entry = None
            else:
                asked[key] = entry
                return compiled
        entry = asked[key] = _program(p, flags)
        missing = True
        return _sre.compile(p, *entry)

    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        if missing and not sys.dont_write_bytecode:  # (PYTHONDONTWRITEBYTECODE: no .pyc, nor this, is written)
            _write(path, asked)


def _write(path: Path, entries: dict) -> None:
    try:
        path.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            os.chmod(fd, 0o644)  # (readable as the .pyc beside it are; mkstemp makes it private)
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps({"format": _FORMAT, "version": sys.version, "entries": entries}))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # noqa: BLE001 - a read-only install, a full disk …: compiled as usual next time
        pass
