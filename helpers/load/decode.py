"""Bytes to text: UTF-8 first, a sniffed legacy encoding with a warning, else a LoadError.

A saved page is untrusted input: it may be empty, binary, mis-encoded or too large.  Each
case is refused with the file and line and a reason the load report can show.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

from helpers.load.records import LoadError


def decode(raw: bytes, path: str) -> tuple[str, list[LoadError]]:
    """Text of the file and warnings, or LoadError for empty, binary or undecodable bytes.

    UTF-8 (with or without BOM) and BOM-marked UTF-16 are read as such.  Other bytes are
    tried as cp1251 (Cyrillic, common in Ukrainian and Russian saved pages) and cp1252,
    accepted only when the result reads as text, and always with a warning naming the
    encoding, since a wrong guess would garble names.
    """
    if not raw.strip():
        raise LoadError(path, 1 if raw else None, "empty file")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as error:
            raise LoadError(path, _line_of(raw, error.start), f"undecodable UTF-16 ({error.reason})") from None
        return _check_text(text, path), [LoadError(path, 1, "decoded as UTF-16 (byte-order mark)")]
    if b"\x00" in raw:
        raise LoadError(path, _line_of(raw, raw.index(b"\x00")), "binary file: contains NUL bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first_bad = error.start
    else:
        # UTF-8 writes control characters as the same single bytes: a file with at most 8
        # of them (nearly every file) cannot fail the check, and counting bytes is cheap
        if len(raw) - len(raw.translate(None, CONTROL_BYTES)) <= CONTROL_ALLOWANCE:
            return text, []
        return _check_text(text, path), []
    for encoding in _sniffed_encodings(raw):
        text = raw.decode(encoding, errors="strict")
        if _reads_as_text(text, encoding):
            warning = LoadError(
                path, _line_of(raw, first_bad),
                f"not valid UTF-8; decoded as {encoding} (check names and quotes)",
            )
            return _check_text(text, path), [warning]
    raise LoadError(path, _line_of(raw, first_bad), f"undecodable bytes (not UTF-8): byte 0x{raw[first_bad]:02x}")


def _sniffed_encodings(raw: bytes) -> list[str]:
    """Legacy encodings worth trying, most likely first, that decode the bytes at all."""
    high = sum(1 for byte in raw if byte >= 0xC0)
    order = ["cp1251", "cp1252"] if high > len(raw) * 0.02 else ["cp1252", "cp1251"]
    usable = []
    for encoding in order:
        try:
            raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        usable.append(encoding)
    return usable


def _reads_as_text(text: str, encoding: str) -> bool:
    """Does a legacy decoding look like prose rather than mojibake or binary?"""
    non_ascii = [char for char in text if ord(char) > 127]
    if not non_ascii:
        return True
    if encoding == "cp1251":
        cyrillic = sum(1 for char in non_ascii if "\u0400" <= char <= "\u04ff")
        return cyrillic / len(non_ascii) > 0.8
    letters = sum(1 for char in non_ascii if char.isalpha() or char in "‘’“”–—…€")
    return len(non_ascii) < len(text) * 0.05 and letters / len(non_ascii) > 0.8


def _check_text(text: str, path: str) -> str:
    """Refuse decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:4096]
    controls = CONTROL_CHARACTER.findall(sample)
    if len(controls) > max(CONTROL_ALLOWANCE, len(sample) * 0.05):
        first = CONTROL_CHARACTER.search(sample).start()
        raise LoadError(path, sample.count("\n", 0, first) + 1, "binary file: mostly control characters")
    return text


CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])  # the same characters, as bytes
CONTROL_ALLOWANCE = 8  # a text may hold this many control characters whatever its length


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def read_small(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it is over ``max_bytes``; raises OSError.

    One ``open``, ``fstat`` and ``read`` on the descriptor: half the cost of
    ``path.stat()`` and ``path.read_bytes()``, which matters at thousands of files a second.
    """
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        size = os.fstat(handle).st_size
        if size > max_bytes:
            return None
        raw = os.read(handle, size + 1)
        if len(raw) <= size:
            return raw  # a short read: the end of the file
        chunks = [raw]  # the file grew since fstat (or reports no size): read to the end
        while chunk := os.read(handle, 1 << 16):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)


def shown_path(path: Path, root: Path | None) -> str:
    """The path as reports show it: relative to the corpus root, never a machine path."""
    if isinstance(root, Path) and isinstance(path, Path) and os.sep == "/":
        # the common case, without pathlib's part-by-part comparison: a file below the root
        shown, prefix = str(path), str(root) + "/"
        if shown.startswith(prefix) and len(shown) > len(prefix) and prefix != "//":
            return shown[len(prefix):]
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name
