"""A bundle file written and read as a stream, in bounded memory, whatever its size.

The layout is :mod:`clerk_desk.services.bundle`'s (version 3): a plain first line, then the
gzip-compressed lines encrypted with AES-256-GCM (the first line as associated data, the
16-byte tag at the end).  Writing compresses the lines into a temporary file in the data
directory (the first line names the sealed size, which is known only then), then encrypts
it onto the target in pieces.  Reading goes over the file twice: :func:`check` decrypts,
decompresses and hashes it whole, and judges nothing before the tag is verified (a byte
flipped anywhere reads as a wrong key, not as whatever garbage it decrypts to);
:func:`records` then reads it again, yielding one record at a time, and verifies the tag
and the checksum once more at the end (a file swapped in between is refused).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PIECE = 1 << 18  # bytes of the file read or written at a time
MAX_BYTES = 2 * 1024 ** 3  # a bundle larger than this once decompressed is refused (zip bomb)
LEVEL = 6  # gzip level: zlib's default (9 costs twice the time for a few per cent)
TAG = 16


class Damaged(Exception):
    """The content is not a whole bundle (the reason in English, for the message)."""


class WrongKey(Exception):
    """The tag does not verify: another key, or the file was altered."""


@dataclass
class Sealed:
    """A bundle's first line, as read (before anything is decrypted)."""

    first: bytes  # with its newline: the associated data
    station: str
    nonce: bytes
    size: int  # of the ciphertext and its tag


def write(path: Path, key: bytes, first: Callable[[int, bytes], bytes], lines: Iterable[bytes],
          spool_dir: Path) -> None:
    """Compress ``lines`` and seal them into ``path`` (an open temporary target: the caller renames it).

    ``first(size, nonce)`` makes the plain first line once the sealed size is known."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    spool_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with tempfile.TemporaryFile(dir=spool_dir) as plain:
        pack = zlib.compressobj(LEVEL, zlib.DEFLATED, 31)
        buffer: list[bytes] = []
        held = 0
        for line in lines:
            buffer.append(line)
            held += len(line)
            if held >= PIECE:
                plain.write(pack.compress(b"".join(buffer)))
                buffer, held = [], 0
        plain.write(pack.compress(b"".join(buffer)) + pack.flush())
        nonce = os.urandom(12)
        head = first(plain.tell() + TAG, nonce)
        plain.seek(0)
        seal = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor()
        seal.authenticate_additional_data(head)
        with open(path, "wb") as out:
            out.write(head)
            while piece := plain.read(PIECE):
                out.write(seal.update(piece))
            out.write(seal.finalize() + seal.tag)
            out.flush()


def _inflate(unpack: Any, data: bytes, total: list[int]) -> Iterator[bytes]:
    while data:
        out = unpack.decompress(data, PIECE)
        total[0] += len(out)
        if total[0] > MAX_BYTES:
            raise Damaged("cut short or too large")
        yield out
        data = unpack.unconsumed_tail


def _lines(path: Path, sealed: Sealed, key: bytes) -> Iterator[bytes]:
    """The content's lines (with their newlines), decrypted and decompressed piece by piece; raises
    :class:`WrongKey` after the last one if the tag does not verify, else :class:`Damaged` if the
    content is not a whole gzip stream."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    with open(path, "rb") as fh:
        fh.seek(-TAG, os.SEEK_END)
        tag = fh.read(TAG)
        fh.seek(len(sealed.first))
        opened = Cipher(algorithms.AES(key), modes.GCM(sealed.nonce, tag)).decryptor()
        opened.authenticate_additional_data(sealed.first)
        unpack = zlib.decompressobj(wbits=31)
        total, pending, broken = [0], b"", ""
        left = sealed.size - TAG
        while left > 0:
            piece = fh.read(min(PIECE, left))
            if not piece:
                raise Damaged("cut short")
            left -= len(piece)
            plain = opened.update(piece)
            if broken:
                continue  # decrypted to the end all the same: the tag is judged first
            try:
                for out in _inflate(unpack, plain, total):
                    lines = (pending + out).split(b"\n")
                    pending = lines.pop()
                    for line in lines:
                        yield line + b"\n"
            except (zlib.error, Damaged) as exc:
                broken = str(exc)
        try:
            opened.finalize()
        except InvalidTag:
            raise WrongKey from None
    if broken or not unpack.eof or unpack.unused_data:
        raise Damaged(broken or "cut short or too large")
    if pending:
        yield pending


def read_first(path: Path, raw: bytes, file_size: int) -> Sealed | dict[str, Any]:
    """The sealed first line; a dict (the parsed line) when it is a bundle of another version."""
    end = raw.find(b"\n", 0, 400)
    try:
        first = json.loads(raw[:end]) if end > 0 else None
    except ValueError:
        first = None
    if not isinstance(first, dict) or first.get("format") != "clerk-desk-bundle":
        raise Damaged("not a bundle")
    if first.get("version") != 3:
        return first
    size = first.get("size")
    if size != file_size - end - 1:
        raise Damaged("cut short" if isinstance(size, int) and size > file_size - end - 1 else "size")
    station, nonce = first.get("station"), first.get("nonce")
    try:
        nonce_bytes = bytes.fromhex(nonce) if isinstance(nonce, str) else b""
    except ValueError:
        nonce_bytes = b""
    if not (isinstance(station, str) and station and "/" not in station) or len(nonce_bytes) < 8 or size < TAG:
        raise WrongKey
    return Sealed(raw[:end + 1], station, nonce_bytes, size)


@dataclass
class Checked:
    header: bytes
    trailer: bytes
    count: int  # lines between the header and the trailer
    sha256: str  # of every line before the trailer


def check(path: Path, sealed: Sealed, key: bytes) -> Checked:
    """The first pass: the whole file decrypted, authenticated, decompressed and hashed."""
    digest = hashlib.sha256()
    header = b""
    previous: bytes | None = None
    count = -1
    for line in _lines(path, sealed, key):
        if previous is not None:
            digest.update(previous)
        else:
            header = line
        previous = line
        count += 1
    if previous is None or count < 1:
        raise Damaged("empty")
    return Checked(header, previous, count - 1, digest.hexdigest())


def records(path: Path, sealed: Sealed, key: bytes, checked: Checked,
            parse: Callable[[int, bytes], Any]) -> Iterator[Any]:
    """The second pass: ``parse(number, line)`` of each record line, in order."""
    digest = hashlib.sha256()
    previous: bytes | None = None
    number = -1
    for line in _lines(path, sealed, key):
        if previous is not None:
            digest.update(previous)
            if number >= 1:
                yield parse(number, previous)
        previous = line
        number += 1
    if digest.hexdigest() != checked.sha256 or number - 1 != checked.count:
        raise Damaged("changed while it was read")

