"""Bytes to text, streamed: refuse binary files, honour BOMs, fall back from UTF-8 to what the
bytes are.

An input is an open binary file. Its head (the first `HEAD` bytes) names a binary format or a
byte order; passes over it, a piece at a time, find its encoding and check that it is text;
a last pass yields its lines. No step holds the whole file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import IO

from charset_normalizer import from_bytes

from communique.errors import InputError, InputNotice

# Magic numbers of binary formats people drop into news folders by mistake.
MAGIC = {
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"RIFF": "RIFF media",
    b"ID3": "MP3 audio",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}
# Byte order marks: the encoding they name, and the codec that reads the bytes after them.
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
# The bytes that name a file's kind (magic numbers, BOMs, NUL bytes).
HEAD = 8192
# Bytes read and decoded at a time.
CHUNK = 1 << 20
# The bytes a single-byte encoding is guessed from.
SAMPLE = 1 << 20
# Above this share of U+xx00 characters, UTF-16 text was read one byte out of step (a real
# CJK text has about 1 in 256 such characters).
MAX_SHIFTED_SHARE = 0.2
# Above this share of control characters, bytes are not prose in any encoding.
MAX_CONTROL_SHARE = 0.01
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")  # below U+0020 but tab, \n, \f, \r

Report = Callable[[InputError], None]
# A function that gives a file's text in pieces, from its start, each time it is called.
Pieces = Callable[[], Iterator[str]]


def binary_kind(head: bytes, size: int | None = None) -> str | None:
    """Name the binary format of a file whose first bytes are `head` (and whose length is
    `size`; default: `len(head)`), or None if it may be text."""
    for magic, kind in MAGIC.items():
        if head.startswith(magic):
            return kind
    if any(head.startswith(bom) for bom, _, _ in BOMS) or utf16_without_bom(head, size):
        return None
    if b"\x00" in head[:HEAD]:
        return "contains NUL bytes"
    return None


def utf16_without_bom(head: bytes, size: int | None = None) -> str | None:
    """"utf-16-le" or "utf-16-be" when a file starting with `head` (of length `size`) looks
    like UTF-16 text without a BOM: mostly Latin text, so the high byte of most characters is
    NUL — at odd offsets (LE) or even (BE)."""
    sample = head[:HEAD]
    pairs = len(sample) // 2
    if (len(head) if size is None else size) % 2 or pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def size_of(handle: IO[bytes]) -> int:
    """The length of a seekable binary file, which is left at its start."""
    size = handle.seek(0, 2)
    handle.seek(0)
    return size


def head_of(handle: IO[bytes], length: int = HEAD) -> bytes:
    """The first `length` bytes of a seekable binary file, which is left at its start."""
    handle.seek(0)
    head = handle.read(length)
    handle.seek(0)
    return head


def _chunks(handle: IO[bytes], start: int = 0) -> Iterator[bytes]:
    handle.seek(start)
    while chunk := handle.read(CHUNK):
        yield chunk


def decode(handle: IO[bytes], path: str, report: Report | None = None) -> str:
    """The whole text of `handle`, for a format read in one piece (see `decode_lines`)."""
    return "".join(decode_lines(handle, path, report))


def decode_lines(handle: IO[bytes], path: str, report: Report | None = None) -> Iterator[str]:
    """The lines of the text in `handle`, read from `path`, each with its "\\n" (the last may
    have none), any line end made "\\n". Raises InputError (E002, E004, E005) if it is not
    text, before the first line is read.

    A file that is not UTF-8 but fits another encoding is read, and `report` gets a W001
    notice (W003 for a UTF-8 file with some lines in cp1252).
    """
    size = size_of(handle)
    if not any(chunk.strip() for chunk in _chunks(handle)):
        raise InputError("E004", path=path)
    head = head_of(handle)
    kind = binary_kind(head, size)
    if kind:
        raise InputError("E002", path=path, kind=kind)
    pieces, encoding, mixed = _encoding(handle, head, size, path)
    controls = characters = 0
    for piece in pieces():
        controls += len(CONTROL.findall(piece))
        characters += len(piece)
    if controls > MAX_CONTROL_SHARE * characters:
        raise InputError("E002", path=path, kind="control characters")
    if report is not None and mixed:
        report(InputNotice("W003", path=path, lines=mixed))
    elif report is not None and not encoding.startswith("utf"):
        report(InputNotice("W001", path=path, encoding=encoding))
    return _lines(pieces())


def _lines(pieces: Iterable[str]) -> Iterator[str]:
    """Pieces of text as lines, each with its "\\n"; "\\r\\n" and "\\r" end lines as "\\n"
    does. The last line, without "\\n", comes only if it is not empty."""
    line = held = ""
    for piece in pieces:
        text = held + piece
        held = "\r" if text.endswith("\r") else ""  # the next piece may open with its "\n"
        text = text[:-1] if held else text
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        start = 0
        while (end := text.find("\n", start)) >= 0:
            yield line + text[start:end + 1]
            line, start = "", end + 1
        line += text[start:]
    if held:
        yield line + "\n"
    elif line:
        yield line


def _encoding(handle: IO[bytes], head: bytes, size: int, path: str) -> tuple[Pieces, str, int]:
    """(the text of `handle` in pieces, its encoding, the number of lines read as cp1252 in a
    file that mixes encodings); E005 when no encoding fits."""
    for bom, encoding, codec in BOMS:
        if head.startswith(bom):
            return _unicode(handle, codec, len(bom), path, "its byte order mark"), encoding, 0
    utf16 = utf16_without_bom(head, size)
    if utf16:
        return _unicode(handle, utf16, 0, path, "its pattern of NUL bytes"), utf16, 0
    utf8 = partial(_decoded, handle, "utf-8")
    if _fits(utf8):
        return utf8, "utf-8", 0
    mixed = _mixed_lines(handle)
    if mixed is not None:
        return partial(_decoded_mixed, handle), "utf-8", mixed
    encoding, codec = _single_byte(handle, path)
    return partial(_decoded, handle, codec, errors="replace"), encoding, 0


def _decoded(handle: IO[bytes], codec: str, start: int = 0,
             errors: str = "strict") -> Iterator[str]:
    """The text of `handle` from byte `start`, decoded a chunk at a time. A byte that does
    not fit raises UnicodeDecodeError, its `start` the offset of the byte in the file."""
    decoder = codecs.getincrementaldecoder(codec)(errors)
    offset, held = start, 0  # where the decoder's next input starts: the bytes it holds
    try:
        for chunk in _chunks(handle, start):
            text = decoder.decode(chunk)
            offset += held + len(chunk)
            held = len(decoder.getstate()[0])
            offset -= held
            yield text
        yield decoder.decode(b"", final=True)
    except UnicodeDecodeError as exc:
        exc.start += offset
        raise


def _fits(pieces: Pieces) -> bool:
    try:
        for _ in pieces():
            pass
    except UnicodeDecodeError:
        return False
    return True


def _unicode(handle: IO[bytes], codec: str, start: int, path: str, clue: str) -> Pieces:
    """The text of a file in the Unicode encoding that `clue` (a BOM, a NUL pattern) names,
    or E005."""
    name = codec.upper().replace("-LE", "").replace("-BE", "")
    pieces = partial(_decoded, handle, codec, start)
    sample = ""
    try:
        for piece in pieces():
            sample += piece[:4000 - len(sample)]
    except UnicodeDecodeError as exc:
        detail = f"{clue} says {name}, but the bytes from offset {exc.start} are not: " \
                 f"{exc.reason}"
        raise InputError("E005", path=path, detail=detail) from exc
    if codec.startswith("utf-16") and _misaligned(sample):
        detail = f"{clue} says {name}, but the text is out of step by one byte"
        raise InputError("E005", path=path, detail=detail)
    return pieces


def _misaligned(sample: str) -> bool:
    """UTF-16 read one byte out of step: ASCII letters come out as U+xx00 characters (U+6100
    for "a"), which make up a large share of no real text."""
    shifted = sum(1 for ch in sample if ord(ch) > 0xFF and ord(ch) & 0xFF == 0)
    return shifted > MAX_SHIFTED_SHARE * max(1, len(sample))


def _byte_lines(handle: IO[bytes]) -> Iterator[bytes]:
    """The file's bytes split at b"\\n" (as `bytes.split`), a chunk at a time."""
    rest = b""
    for chunk in _chunks(handle):
        lines = (rest + chunk).split(b"\n")
        rest = lines.pop()
        yield from lines
    yield rest


def _mixed_lines(handle: IO[bytes]) -> int | None:
    """In a file whose lines are UTF-8 (some with non-ASCII characters) except a few in
    cp1252, as when a scraper appends to a UTF-8 file: the number of cp1252 lines; None if no
    line is non-ASCII UTF-8 (then the whole file is in one single-byte encoding)."""
    fallback = utf8 = 0
    for line in _byte_lines(handle):
        try:
            line.decode("utf-8")
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            fallback += 1
    return fallback if utf8 else None


def _decoded_mixed(handle: IO[bytes]) -> Iterator[str]:
    """A file of mixed lines (`_mixed_lines`), each line read as UTF-8 or else cp1252."""
    lines = _byte_lines(handle)
    yield _mixed_line(next(lines))
    for line in lines:
        yield "\n" + _mixed_line(line)


def _mixed_line(line: bytes) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return _cp1252(line)


def _cp1252(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return line.decode("latin-1")


def _single_byte(handle: IO[bytes], path: str) -> tuple[str, str]:
    """(the single-byte encoding of the file, guessed from its first `SAMPLE` bytes, and the
    codec that reads it); E005 when none fits."""
    best = from_bytes(head_of(handle, SAMPLE), cp_isolation=[
        "cp1252", "latin_1", "iso8859_15", "cp1256", "cp1251", "utf_16"]).best()
    if best is None or best.chaos > 0.3:
        detail = "not UTF-8, and no single-byte encoding fits"
        raise InputError("E005", path=path, detail=detail)
    # cp1252 is a superset of latin-1's printable range and is what Windows scrapers write.
    encoding = "cp1252" if best.encoding in {"latin_1", "iso8859_15"} else best.encoding
    if _fits(partial(_decoded, handle, encoding)):
        return encoding, encoding
    return best.encoding, best.encoding
