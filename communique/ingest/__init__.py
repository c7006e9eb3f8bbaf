"""Read news from anywhere: files, directories, archives and stdin become RawDocuments.

A bad input (binary, empty, undecodable, too large, malformed) is reported as a coded
InputError through `report` and skipped; the run goes on with the rest.

Change here: a new input format (a reader in readers.py and its suffix in READERS), decoding
(decode.py), how documents are keyed (keys.py).
"""

from __future__ import annotations

import errno
import gzip
import logging
import os
import re
import stat
import sys
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Protocol

from communique.errors import InputError, document_failed
from communique.ingest import readers
from communique.ingest.decode import CHUNK, binary_kind, head_of, size_of
from communique.ingest.keys import STDIN, whole_key
from communique.models import RawDocument
from communique.settings import default

log = logging.getLogger(__name__)

Reader = Callable[[IO[bytes], str, readers.Report], Iterator[RawDocument]]
READERS: dict[str, Reader] = {
    ".txt": readers.read_text,
    ".text": readers.read_text,
    ".md": readers.read_text,
    ".jsonl": readers.read_jsonl,
    ".ndjson": readers.read_jsonl,
    ".json": readers.read_json,
    ".csv": readers.read_csv,
    ".tsv": readers.read_csv,
    ".html": readers.read_html,
    ".htm": readers.read_html,
    ".xhtml": readers.read_html,
    ".xml": readers.read_feed,
    ".rss": readers.read_feed,
    ".atom": readers.read_feed,
}
# Files a folder of news often carries that are not news: project notes and code.
PROJECT_FILES = re.compile(r"^(?:readme|license|licence|copying|changelog|changes|"
                           r"authors|contributors|contributing|code_of_conduct|notice|"
                           r"security|todo|install|makefile|dockerfile|requirements[\w-]*)"
                           r"(?:\.(?:md|txt|rst|text|in))?$", re.I)
CODE_SUFFIXES = frozenset(".py .pyc .js .ts .java .c .h .cpp .go .rs .rb .php .sh .bat .ps1 "
                          ".pl .r .jl .lua .swift .kt .scala .sql .toml .ini .cfg .yaml .yml "
                          ".lock .ipynb".split())


def not_news(name: str) -> str | None:
    """What a file in an input folder is when its name says it is not news, else None."""
    if PROJECT_FILES.match(name):
        return "a project file: " + name.split(".")[0].upper()
    suffix = os.path.splitext(name)[1].lower()
    return f"source code ({suffix})" if suffix in CODE_SUFFIXES else None
DEFAULT_MAX_BYTES: int = default("max_bytes")


def _log_error(error: InputError) -> None:
    log.warning("%s", error)


def read_documents(paths: Iterable[str | Path], report: Callable[[InputError], None] = _log_error,
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument]:
    """Yield the documents in `paths` (files, directories, `-` for stdin).

    Args:
        paths: files, directories (read recursively) or "-".
        report: receives each coded InputError; the default logs it.
        max_bytes: inputs larger than this are refused (E009).
    Returns:
        An iterator of RawDocuments, lazily read.
    """
    for path in paths:
        yield from _read_path(str(path), report, max_bytes)


def _read_path(path: str, report: Callable[[InputError], None],
               max_bytes: int) -> Iterator[RawDocument]:
    if path == "-":
        with _spooled(sys.stdin.buffer, max_bytes + 1) as data:
            yield from _guarded(data, STDIN, _sniff_suffix(head_of(data)), report, max_bytes)
        return
    p = Path(path)
    kind, error = _classify(p)
    if error is not None:
        report(error)
    elif kind == "directory":
        yield from _read_dir(p, report, max_bytes, ())
    else:
        yield from _read_file(p, report, max_bytes)


def printable(path: str | Path) -> str:
    """`path` as text that prints and stores: bytes of a name that are not UTF-8 become
    backslash escapes (`caf\\xe9.txt`), the same every run."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return str(path).encode("utf-8", "replace").decode("utf-8")


def _classify(p: Path) -> tuple[str, InputError | None]:
    """("file" | "directory", None), or the error that says why `p` is not read. Never opens
    `p`: a FIFO or a device would block or never end."""
    shown = printable(p)
    try:
        mode = p.stat().st_mode
    except FileNotFoundError:
        if p.is_symlink():
            return "", InputError("E021", path=shown, detail=f"{_link_target(p)} does not exist")
        return "", InputError("E001", path=shown)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "", InputError("E021", path=shown, detail="it loops back on itself")
        return "", InputError("E020", path=shown, detail=_reason(exc))
    if stat.S_ISDIR(mode):
        return "directory", None
    if stat.S_ISREG(mode):
        return "file", None
    return "", InputError("E019", path=shown, kind=_special_kind(mode))


def _special_kind(mode: int) -> str:
    for test, kind in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "not a file or directory"


def _link_target(p: Path) -> str:
    try:
        return printable(os.readlink(p))
    except OSError:
        return "its target"


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _read_dir(p: Path, report: Callable[[InputError], None], max_bytes: int,
              ancestors: tuple[tuple[int, int], ...]) -> Iterator[RawDocument]:
    """The files under `p`, recursively, in name order. Hidden files are skipped (a
    convention); a link back to a directory being read is reported, not followed."""
    try:
        info = p.stat()
        names = sorted(os.listdir(p))
    except OSError as exc:
        report(InputError("E020", path=printable(p), detail=_reason(exc)))
        return
    ancestors += ((info.st_dev, info.st_ino),)
    for name in names:
        child = p / name
        kind, error = _classify(child)
        if kind == "directory":
            child_info = child.stat()
            if (child_info.st_dev, child_info.st_ino) in ancestors:
                report(InputError("E021", path=printable(child),
                                  detail=f"it loops back to {printable(child.resolve())}"))
            else:
                yield from _read_dir(child, report, max_bytes, ancestors)
        elif name.startswith("."):
            continue
        elif error is not None:
            report(error)
        elif (what := not_news(name)) is not None:
            report(InputError("E029", path=printable(child), kind=what))
        else:
            yield from _read_file(child, report, max_bytes)


def _read_file(p: Path, report: Callable[[InputError], None],
               max_bytes: int) -> Iterator[RawDocument]:
    shown = printable(p)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            report(InputError("E009", path=shown, size=size, limit=max_bytes))
            return
        handle = p.open("rb")
    except OSError as exc:
        report(InputError("E020", path=shown, detail=_reason(exc)))
        return
    with handle:
        yield from _guarded(handle, shown, p.suffix.lower(), report, max_bytes)


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def _spooled(stream: Readable, limit: int) -> IO[bytes]:
    """The first `limit` bytes of `stream` in a temporary file (in memory while small), at its
    start: a stream read once (stdin, an archive's member) becomes a file read in passes."""
    spool = tempfile.SpooledTemporaryFile(max_size=CHUNK)  # noqa: SIM115 (the caller closes it)
    try:
        while limit > 0 and (chunk := stream.read(min(CHUNK, limit))):
            spool.write(chunk)
            limit -= len(chunk)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def _guarded(data: IO[bytes], path: str, suffix: str, report: Callable[[InputError], None],
             max_bytes: int) -> Iterator[RawDocument]:
    """Read one input (an open binary file), turning its failure into a report; every
    document gets a key.

    A failure no reader foresaw (a bug, a library's own error) is reported as E026 with the
    traceback in the debug log, so one input never aborts the run.
    """
    try:
        for doc in _dispatch(data, path, suffix, report, max_bytes):
            doc.key = doc.key or whole_key(doc.source_path, doc.document_id, doc.text, doc.meta)
            yield doc
    except InputError as exc:
        report(exc)
    except Exception as exc:
        log.debug("reading %s failed", path, exc_info=True)
        report(document_failed(path, "read", exc))


def _dispatch(data: IO[bytes], path: str, suffix: str, report: Callable[[InputError], None],
              max_bytes: int) -> Iterator[RawDocument]:
    size = size_of(data)
    if size > max_bytes:
        raise InputError("E009", path=path, size=size, limit=max_bytes)
    if suffix == ".gz":
        yield from _read_gzip(data, path, report, max_bytes)
    elif suffix == ".zip":
        yield from _read_zip(data, path, report, max_bytes)
    elif suffix in READERS:
        yield from READERS[suffix](data, path, report)
    elif kind := binary_kind(head_of(data), size):
        raise InputError("E002", path=path, kind=kind)
    else:
        raise InputError("E008", path=path, suffix=suffix or "(none)")


def _read_gzip(data: IO[bytes], path: str, report: Callable[[InputError], None],
               max_bytes: int) -> Iterator[RawDocument]:
    try:
        with gzip.GzipFile(fileobj=data) as packed:
            inner = _spooled(packed, max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError("E013", path=path, kind="gzip", detail=str(exc)) from exc
    inner_path = path[:-3] if path.lower().endswith(".gz") else path
    with inner:
        yield from _dispatch(inner, inner_path, Path(inner_path).suffix.lower(), report,
                             max_bytes)


def _read_zip(data: IO[bytes], path: str, report: Callable[[InputError], None],
              max_bytes: int) -> Iterator[RawDocument]:
    try:
        archive = zipfile.ZipFile(data)
    except zipfile.BadZipFile as exc:
        raise InputError("E013", path=path, kind="zip", detail=str(exc)) from exc
    for info in archive.infolist():
        if _unsafe_member(info.filename):
            report(InputError("E022", path=path, member=info.filename))
            continue
        if info.is_dir() or re.split(r"[\\/]", info.filename)[-1].startswith("."):
            continue
        member = f"{path}/{info.filename}"
        try:
            if info.file_size > max_bytes:
                raise InputError("E009", path=member, size=info.file_size, limit=max_bytes)
            with archive.open(info) as packed:
                inner = _spooled(packed, max_bytes + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
            report(InputError("E012", path=path, member=info.filename, detail=str(exc)))
            continue
        except InputError as exc:
            report(exc)
            continue
        suffix = Path(info.filename).suffix.lower()
        with inner:
            yield from _guarded(inner, member, suffix, report, max_bytes)


def _unsafe_member(name: str) -> bool:
    """An absolute member name, or one that climbs out with `..` (either slash counts)."""
    parts = re.split(r"[\\/]", name)
    return name.startswith(("/", "\\")) or ".." in parts or bool(re.match(r"[A-Za-z]:", name))


def _sniff_suffix(data: bytes) -> str:
    """Guess a format for stdin from its first bytes."""
    head = data[:2000].lstrip().lower()
    if head.startswith((b"{", b"[")):
        return ".jsonl"
    if head.startswith(b"<") and (b"<rss" in head or b"<feed" in head):
        return ".xml"
    if head.startswith(b"<"):
        return ".html"
    if data.startswith(b"\x1f\x8b"):
        return ".gz"
    return ".txt"
