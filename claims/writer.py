"""Writing the claims table: the canonical CSV bytes, and the atomic write every change goes through.

A write never leaves half a table: the bytes go to a temporary file beside the table, are synced,
and replace it in one rename. The table's permissions decide: a read-only table is refused, not
replaced. A writer killed between the temporary write and the rename leaves its temporary file
behind; the next write in that folder removes it once its process is gone.
"""
from __future__ import annotations

import difflib
import errno
import math
import os
import re
import secrets
import socket
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import pandas as pd

from claims.schema import COLUMNS, EXTRA, READING

DERIVED = frozenset(READING + EXTRA)
"""Columns of `load_claims`' frame that are computed, not written."""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _quote(text: str) -> str:
    """CSV quoting as csv.QUOTE_MINIMAL does, also quoting a lone carriage return."""
    if "," in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _unknown_key(keys: Iterable[object], where: str) -> None:
    unknown = [k for k in keys if k not in COLUMNS and k not in DERIVED]
    if unknown:
        match = difflib.get_close_matches(str(unknown[0]), COLUMNS, n=1)
        hint = f"; did you mean {match[0]}?" if match else ""
        raise ValueError(f"{where} has a key that is not a claims column: {unknown[0]!r}{hint}")


def claims_csv(rows: pd.DataFrame | Iterable[Mapping[str, object]]) -> bytes:
    """The bytes `write_claims` writes: COLUMNS in canonical order, UTF-8, '\\n' line ends, minimal quoting.

    A frame from `load_claims` is written with its `unit_given` (the CSV's unit cell), not the
    resolved unit. A key that is neither a column nor a derived one is an error, so nothing is
    dropped silently.
    """
    lines = [",".join(COLUMNS)]
    if isinstance(rows, pd.DataFrame):
        _unknown_key(rows.columns, "the table")
        source = {c: ("unit_given" if c == "unit" and "unit_given" in rows.columns else c) for c in COLUMNS}
        columns = [[_quote(_cell(v)) for v in rows[source[c]].tolist()] if source[c] in rows.columns
                   else [""] * len(rows) for c in COLUMNS]
        lines.extend(",".join(cells) for cells in zip(*columns))
    else:
        for n, record in enumerate(rows, start=1):
            _unknown_key(record, f"row {n}")
            cells = {c: _cell(record.get(c)) for c in COLUMNS}
            if "unit_given" in record:
                cells["unit"] = _cell(record["unit_given"])
            lines.append(",".join(_quote(cells[c]) for c in COLUMNS))
    text = "\n".join(lines) + "\n"
    if "\x00" in text:  # the file would read back as "not a text file"
        line = text[:text.index("\x00")].count("\n") + 1
        raise ValueError(f"row {line - 1} holds a NUL character, which a CSV file cannot keep; remove it")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate, e.g. from a badly decoded paste
        line = text[:exc.start].count("\n") + 1
        raise ValueError(f"row {line - 1} holds {text[exc.start]!r}, which is not a character UTF-8 can "
                         "write; remove it") from None


# --- the atomic write ----------------------------------------------------------------------------

_HOST = re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname()) or "host"
_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<host>[A-Za-z0-9-]+)\.(?P<pid>\d+)\.[a-z0-9_]+\.tmp")
"""A temporary file of `write_bytes_atomic`: .NAME.HOST.PID.RANDOM.tmp, so that its writer can be known."""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but is someone else's, or the platform cannot tell: leave its file alone
        return True
    return True


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files in `folder` whose writer on this machine is no longer running.

    Only files named as `write_bytes_atomic` names them are touched; a live writer's file, and one
    written on another machine (a shared folder), are left alone.
    """
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.endswith(".tmp")]
    except OSError:
        return removed
    for name in names:
        m = _TEMPORARY.fullmatch(name)
        if m and m["host"] == _HOST and int(m["pid"]) != os.getpid() and not _alive(int(m["pid"])):
            try:
                os.unlink(folder / name)
                removed.append(folder / name)
            except OSError:
                pass
    return removed


def _permissions(mode: int) -> str:
    return stat.filemode(mode)[1:]


def _check_writable(path: Path, mode: int) -> None:
    """Refuse to replace a file its permissions keep from us; a rename would otherwise ignore them.

    The superuser may write anything, so for it a file with no write bit at all counts as read-only:
    someone made it so on purpose.
    """
    denied = not os.access(path, os.W_OK) or (not mode & 0o222 and hasattr(os, "geteuid") and os.geteuid() == 0)
    if denied:
        raise PermissionError(errno.EACCES, f"{path} is read-only (permissions {_permissions(mode)}): make it "
                              "writable (chmod u+w) to change it", str(path))


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes to `path` atomically (temp file, fsync, replace), keeping its permissions.

    On any failure the old file is untouched, and a read-only file (PermissionError) is not replaced.
    Every write of the table and of its history goes through here.
    """
    path = Path(path)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    else:
        _check_writable(path, mode)
    remove_stale_temporaries(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{_HOST}.{os.getpid()}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable; not every platform can open a directory
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return path
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
    return path


def keep_copy(source: Path, data: bytes, path: Path) -> Path:
    """Make `path` hold `data`, the bytes `source` holds now, before `source` is replaced by a new file.

    A second name for the old file (a hard link, checked to hold `data`) copies nothing, however large
    the table; where links are not possible, or `source` is not `data` any more, the bytes are
    written (`write_bytes_atomic`). The link is made under a temporary's name, so that one left by a
    killed writer is removed like any other (`remove_stale_temporaries`).
    """
    remove_stale_temporaries(path.parent)
    tmp = path.parent / f".{path.name}.{_HOST}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    linked = False
    try:
        os.link(source, tmp)
        if tmp.read_bytes() == data:
            os.replace(tmp, path)
            linked = True
    except OSError:
        pass
    finally:
        if not linked:  # also when stopped (a signal, Ctrl-C) on the way
            try:
                tmp.unlink()
            except OSError:
                pass
    return path if linked else write_bytes_atomic(path, data)


def write_claims(rows: pd.DataFrame | Iterable[Mapping[str, object]], path: str | os.PathLike[str]) -> Path:
    """Write claims to `path` atomically (temp file, fsync, replace); on failure the old file is untouched.

    Rows are written in the order given, cells exactly as given; see `claims_csv` for the format.
    """
    return write_bytes_atomic(path, claims_csv(rows))
