"""Writing a file so that a crash, a full disk or a pulled stick never leaves half a file.

Every file the program makes (backups, bundles, PDFs, CSVs) goes through :func:`atomic_write`
or :func:`atomic_path`: a temporary file beside the target, fsync, rename over the
target, mode 0600 (personal data).  On any failure the temporary file is removed and the
target is left as it was; no 0-byte leftovers.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(target: Path | str, mode: int = 0o600) -> Iterator[Path]:
    """A temporary path to write to; renamed onto ``target`` when the block ends without error."""
    target = Path(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, mode)
        if tmp.stat().st_size == 0:
            raise OSError(28, "nothing was written", str(target))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)


def atomic_write(target: Path | str, data: bytes, mode: int = 0o600) -> Path:
    """Write ``data`` to ``target`` atomically."""
    target = Path(target)
    with atomic_path(target, mode) as tmp, open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
    return target


def secret_key(path: Path | str, size: int = 32) -> bytes:
    """The random key kept in ``path`` (hex, mode 0600), made on first use."""
    path = Path(path)
    try:
        text = path.read_text(encoding="ascii").strip()
        if len(text) == 2 * size:
            return bytes.fromhex(text)
    except (OSError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = os.urandom(size)
    atomic_write(path, key.hex().encode("ascii"))
    return key


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
