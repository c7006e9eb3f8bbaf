"""Bytes to text: refuse binary files, honour BOMs, fall back from UTF-8 to what the bytes are."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from collections.abc import Callable

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
BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Above this share of U+xx00 characters, UTF-16 text was read one byte out of step (a real
# CJK text has about 1 in 256 such characters).
MAX_SHIFTED_SHARE = 0.2
# Above this share of control characters, bytes are not prose in any encoding.
MAX_CONTROL_SHARE = 0.01


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of `data`, or None if it may be text."""
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in BOMS) or utf16_without_bom(data):
        return None
    if b"\x00" in data[:8192]:
        return "contains NUL bytes"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when `data` looks like UTF-16 text without a BOM: mostly
    Latin text, so the high byte of most characters is NUL — at odd offsets (LE) or even (BE)."""
    sample = data[:8192]
    pairs = len(sample) // 2
    if len(data) % 2 or pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str,
           report: Callable[[InputError], None] | None = None) -> str:
    """Decode `data` read from `path`; raise InputError (E002, E004, E005) if it is not text.

    A file that is not UTF-8 but fits another encoding is read, and `report` gets a W001 notice.
    """
    if not data.strip():
        raise InputError("E004", path=path)
    kind = binary_kind(data)
    if kind:
        raise InputError("E002", path=path, kind=kind)
    text, encoding, mixed = _decode_text(data, path)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > MAX_CONTROL_SHARE * len(text):
        raise InputError("E002", path=path, kind="control characters")
    if report is not None and mixed:
        report(InputNotice("W003", path=path, lines=mixed))
    elif report is not None and not encoding.startswith("utf"):
        report(InputNotice("W001", path=path, encoding=encoding))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_text(data: bytes, path: str) -> tuple[str, str, int]:
    """(text, encoding, number of lines read as cp1252 in a file that mixes encodings)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_unicode(data, encoding, path, "its byte order mark"), encoding, 0
    utf16 = utf16_without_bom(data)
    if utf16:
        return _decode_unicode(data, utf16, path, "its pattern of NUL bytes"), utf16, 0
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed[0], "utf-8", mixed[1]
    return (*_decode_single_byte(data, path), 0)


def _decode_unicode(data: bytes, encoding: str, path: str, clue: str) -> str:
    """Decode as the Unicode encoding that `clue` (a BOM, a NUL pattern) names, or E005."""
    name = encoding.upper().replace("-SIG", "").replace("-LE", "").replace("-BE", "")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        detail = f"{clue} says {name}, but the bytes from offset {exc.start} are not: " \
                 f"{exc.reason}"
        raise InputError("E005", path=path, detail=detail) from exc
    if encoding.startswith("utf-16") and _misaligned(text):
        detail = f"{clue} says {name}, but the text is out of step by one byte"
        raise InputError("E005", path=path, detail=detail)
    return text


def _misaligned(text: str) -> bool:
    """UTF-16 read one byte out of step: ASCII letters come out as U+xx00 characters (U+6100
    for "a"), which make up a large share of no real text."""
    sample = text[:4000]
    shifted = sum(1 for ch in sample if ord(ch) > 0xFF and ord(ch) & 0xFF == 0)
    return shifted > MAX_SHIFTED_SHARE * max(1, len(sample))


def _decode_mixed(data: bytes) -> tuple[str, int] | None:
    """A file whose lines are UTF-8 (some with non-ASCII characters) except a few in cp1252,
    as when a scraper appends to a UTF-8 file: (text, cp1252 lines), or None if no line is
    non-ASCII UTF-8 (then the whole file is in one single-byte encoding)."""
    lines, fallback, utf8 = [], 0, 0
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            lines.append(_cp1252(line))
            fallback += 1
    return ("\n".join(lines), fallback) if utf8 else None


def _cp1252(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return line.decode("latin-1")


def _decode_single_byte(data: bytes, path: str) -> tuple[str, str]:
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1256",
                                          "cp1251", "utf_16"]).best()
    if best is None or best.chaos > 0.3:
        detail = "not UTF-8, and no single-byte encoding fits"
        raise InputError("E005", path=path, detail=detail)
    # cp1252 is a superset of latin-1's printable range and is what Windows scrapers write.
    encoding = "cp1252" if best.encoding in {"latin_1", "iso8859_15"} else best.encoding
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return str(best), best.encoding
