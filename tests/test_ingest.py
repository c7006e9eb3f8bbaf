from __future__ import annotations

import codecs
import datetime
import gzip
import io
import json
import os
import socket
import sys
import zipfile
from pathlib import Path

from communique.errors import InputError
from communique.ingest import read_documents
from communique.ingest.keys import content_hash

BODY = "Iran summoned Iraq's ambassador on Wednesday to protest over a border clash."


def read(*paths, max_bytes=50_000_000):
    errors: list[InputError] = []
    docs = list(read_documents([str(p) for p in paths], errors.append, max_bytes=max_bytes))
    return docs, [str(e) for e in errors]


def test_ingest_jsonl_with_other_field_names(write):
    path = write("a.jsonl", '{"body": "%s", "headline": "Envoy summoned", "date": "2024-05-01", '
                 '"link": "https://example.org/1", "outlet": "Example", "id": 7}\n' % BODY)
    [doc], errors = read(path)
    assert errors == []
    assert (doc.text, doc.document_id, doc.meta) == (BODY, "7", {
        "title": "Envoy summoned", "published": "2024-05-01", "url": "https://example.org/1",
        "source": "Example"})


def test_ingest_json_array_and_single_object(write):
    array = write("a.json", '[{"content": "one"}, {"text": "two"}, 3]')
    single = write("b.json", '{"text": "three"}')
    docs, errors = read(array, single)
    assert [d.text for d in docs] == ["one", "two", "three"]
    assert errors == [f"[E006] {array} line 3: malformed JSON (not an object) — fix the line; "
                      'one JSON object a line, with a "text" field']


def test_ingest_jsonl_record_without_text_is_reported(write):
    path = write("a.jsonl", '{"title": "no body"}\n{"text": "ok"}\n')
    docs, errors = read(path)
    assert [d.text for d in docs] == ["ok"]
    assert errors == [f"[E007] {path} line 1: no article text (expected a \"text\", \"body\" or "
                      "\"content\" field) — add the article's text to the record"]


def test_ingest_csv(write):
    path = write("a.csv", f'headline,body,date\nEnvoy summoned,"{BODY}",2024-05-01\n')
    [doc], _ = read(path)
    assert (doc.text, doc.meta["title"], doc.meta["published"]) == (
        BODY, "Envoy summoned", "2024-05-01")


def test_ingest_html_main_content_and_title(write):
    page = (f"<html><head><title>Envoy summoned | Example</title></head><body><nav>Home | World"
            f"</nav><article><h1>Envoy summoned</h1><p>{BODY}</p><p>{BODY.replace('Iran', 'Iraq')}"
            f"</p></article><footer>Subscribe to our newsletter</footer></body></html>")
    [doc], errors = read(write("a.html", page))
    assert errors == []
    assert BODY in doc.text and "Subscribe" not in doc.text and "Home | World" not in doc.text


def test_ingest_broken_html_still_yields_its_text(write):
    [doc], errors = read(write("b.htm", f"<html><body><div><p>{BODY}<p>Second <b>para"))
    assert errors == []
    assert BODY in doc.text


def test_ingest_rss_and_atom_items_become_documents(write):
    rss = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Example Wire</title>"
           f"<item><title>Envoy summoned</title><link>https://example.org/1</link><description>"
           f"&lt;p&gt;{BODY}&lt;/p&gt;</description><pubDate>Wed, 01 May 2024 10:00:00 GMT"
           "</pubDate></item><item><title>Second</title><description>Iraq replied on "
           "Thursday.</description></item></channel></rss>")
    atom = ("<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Atom Ex"
            f"</title><entry><title>Envoy</title><id>urn:1</id><updated>2024-05-02T00:00:00Z"
            f"</updated><content type='html'>{BODY}</content></entry></feed>")
    docs, errors = read(write("feed.xml", rss), write("feed2.atom", atom))
    assert errors == []
    assert [(d.meta.get("title"), d.meta.get("published"), d.meta.get("source")) for d in docs] == [
        ("Envoy summoned", "2024-05-01", "Example Wire"), ("Second", None, "Example Wire"),
        ("Envoy", "2024-05-02", "Atom Ex")]
    assert BODY in docs[0].text and docs[2].document_id == "urn:1"


def test_ingest_gzip_and_zip_with_a_bad_member(write, tmp_path):
    gz = write("a.txt.gz", gzip.compress(BODY.encode()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("one.txt", "Title\n\n" + BODY)
        archive.writestr("two.png", b"\x89PNG\r\n\x1a\n\x00")
        archive.writestr("three.jsonl", '{"text": "from the archive"}\n')
    data = bytearray(buffer.getvalue())
    # Corrupt member two's stored bytes so that its CRC check fails.
    start = data.index(b"\x89PNG")
    data[start + 1] ^= 0xFF
    path = write("b.zip", bytes(data))
    docs, errors = read(gz, path)
    assert [d.text for d in docs] == [BODY, "Title\n\n" + BODY, "from the archive"]
    assert len(errors) == 1 and errors[0].startswith(f"[E012] {path}: archive member two.png")


def test_ingest_directories_recursively_and_unknown_types(write, tmp_path):
    write("x/a.txt", BODY)
    write("x/deeper/b.txt", BODY)
    odd = write("x/c.docx", b"PK\x03\x04 not really")
    strange = write("x/d.weird", "plain words")
    docs, errors = read(tmp_path / "in" / "x")
    assert len(docs) == 2
    assert errors == [
        f"[E002] {odd} looks binary (ZIP archive), not text — pass news as .txt, .html, "
        ".jsonl, .json, .csv or an RSS/Atom .xml file",
        f"[E008] {strange}: unknown file type '.weird' — pass .txt, .html, .htm, .jsonl, "
        ".json, .csv, .xml (RSS/Atom), .gz or .zip"]


def test_ingest_encodings(write):
    text = "Tehran’s envoy met Iraqi officials in Erbil — café talks."
    files = [write("cp.txt", text.encode("cp1252")),
             write("latin.txt", "Ankara: café, naïve, Zürich.".encode("latin-1")),
             write("u16.txt", text.encode("utf-16")),
             write("u8bom.txt", text.encode("utf-8-sig"))]
    docs, errors = read(*files)
    assert [d.text for d in docs] == [text, "Ankara: café, naïve, Zürich.", text, text]
    assert [e[:6] for e in errors] == ["[W001]", "[W001]"]


def test_ingest_binary_and_oversized_inputs_are_refused(write):
    blob = write("a.txt", bytes(range(256)) * 4)
    big = write("big.txt", "word " * 300)
    docs, errors = read(blob, big, max_bytes=1000)
    assert docs == []
    assert errors == [
        f"[E009] {blob} is 1024 bytes, over the limit of 1000 — raise it with `--max-bytes` "
        "or split the file",
        f"[E009] {big} is 1500 bytes, over the limit of 1000 — raise it with `--max-bytes` or "
        "split the file"]
    docs, errors = read(blob)
    assert errors == [f"[E002] {blob} looks binary (contains NUL bytes), not text — pass news "
                      "as .txt, .html, .jsonl, .json, .csv or an RSS/Atom .xml file"]


def test_ingest_stdin_is_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "from stdin"}\n')))
    docs, errors = read("-")
    assert ([(d.text, d.source_path) for d in docs], errors) == ([("from stdin", "<stdin>")], [])


def test_ingest_html_author_becomes_the_byline(write):
    from communique.clean import clean_document

    page = ("<html><head><title>Envoy summoned</title><meta name='author' content='Jane Roe'>"
            f"</head><body><article><h1>Envoy summoned</h1><p>{BODY}</p><p>{BODY}</p>"
            "</article></body></html>")
    [doc], _ = read(write("a.html", page))
    [article] = clean_document(doc)
    assert (article.title, article.byline) == ("Envoy summoned", ["Jane Roe"])


def test_ingest_document_keys_are_unique_and_stable(write, monkeypatch):
    path = write("a.jsonl", '{"text": "one"}\n{"text": "two"}\n\n{"text": "one", "id": "x7"}\n')
    array = write("b.json", '[{"text": "three"}]')
    text = write("c.txt", "four")
    docs, errors = read(path, array, text)
    assert errors == []
    assert [(d.key, d.document_id) for d in docs] == [
        (f"{path}#@line:1:{content_hash('one', {})}", None),
        (f"{path}#@line:2:{content_hash('two', {})}", None),
        (f"{path}#x7", "x7"),
        (f"{array}#@record:1:{content_hash('three', {})}", None),
        (f"{text}#", None)]
    assert [d.key for d in read(path, array, text)[0]] == [d.key for d in docs]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"five")))
    [doc], _ = read("-")
    assert doc.key == f"<stdin>#@sha:{content_hash('five', {})}"


def test_ingest_reads_only_regular_files_and_reports_the_rest(write, tmp_path):
    good = write("x/a.txt", BODY)
    fifo = tmp_path / "in" / "x" / "pipe.txt"
    os.mkfifo(fifo)
    server = socket.socket(socket.AF_UNIX)
    sock = tmp_path / "in" / "x" / "s.sock"
    server.bind(str(sock))
    try:
        docs, errors = read(tmp_path / "in" / "x", fifo, "/dev/null")
    finally:
        server.close()
    assert [d.source_path for d in docs] == [str(good)]
    fix = "— pass files or directories; FIFOs, devices and sockets are not read"
    assert errors == [f"[E019] {fifo} is not a regular file (a FIFO) {fix}",
                      f"[E019] {sock} is not a regular file (a socket) {fix}",
                      f"[E019] {fifo} is not a regular file (a FIFO) {fix}",
                      f"[E019] /dev/null is not a regular file (a character device) {fix}"]


def test_ingest_links_dangling_looping_and_valid(write, tmp_path):
    good = write("x/a.txt", BODY)
    folder = tmp_path / "in" / "x"
    (folder / "b.txt").symlink_to(good)
    (folder / "dead.txt").symlink_to(folder / "missing.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    docs, errors = read(folder)
    assert [d.source_path for d in docs] == [str(good), str(folder / "b.txt")]
    fix = "— fix or remove the link, or pass its target"
    assert errors == [
        f"[E021] {folder}/dead.txt is a link that leads nowhere readable "
        f"({folder}/missing.txt does not exist) {fix}",
        f"[E021] {folder}/self.txt is a link that leads nowhere readable "
        f"(it loops back on itself) {fix}",
        f"[E021] {folder}/sub/up is a link that leads nowhere readable "
        f"(it loops back to {folder}) {fix}"]


def test_ingest_unreadable_files_and_directories_are_reported(write, tmp_path, monkeypatch):
    # Tests may run as root, who can read anything: the refusal is simulated.
    good = write("x/a.txt", BODY)
    locked = write("x/b.txt", BODY)
    closed = tmp_path / "in" / "x" / "closed"
    write("x/closed/c.txt", BODY)
    real_open, real_listdir = Path.open, os.listdir

    def open_(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    def listdir(path):
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied")
        return real_listdir(path)

    monkeypatch.setattr(Path, "open", open_)
    monkeypatch.setattr(os, "listdir", listdir)
    docs, errors = read(tmp_path / "in" / "x")
    assert [d.source_path for d in docs] == [str(good)]
    fix = "— check its permissions, then run again"
    assert errors == [f"[E020] {locked} could not be read (Permission denied) {fix}",
                      f"[E020] {closed} could not be read (Permission denied) {fix}"]


def test_ingest_zip_members_with_unsafe_names_are_reported(write):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in ("..\\..\\x.txt", "../y.txt", "/abs.txt", "a/../../z.txt", ".hidden.txt",
                     "ok.txt"):
            archive.writestr(name, BODY)
    path = write("a.zip", buffer.getvalue())
    docs, errors = read(path)
    assert [d.source_path for d in docs] == [f"{path}/ok.txt"]
    assert errors == [
        f"[E022] {path}: archive member {name!r} has an unsafe name (absolute, or climbing out "
        "with '..') — it was skipped; rename it inside the archive"
        for name in ("..\\..\\x.txt", "../y.txt", "/abs.txt", "a/../../z.txt")]


def test_ingest_a_file_name_that_is_not_utf8_is_read_with_a_printable_path(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(BODY.encode())
    [doc], errors = read(folder)
    assert errors == []
    assert (doc.source_path, doc.key) == (f"{folder}/caf\\xe9.txt", f"{folder}/caf\\xe9.txt#")
    assert doc.source_path.encode("utf-8")


def test_ingest_a_bom_followed_by_bytes_it_does_not_fit_is_refused(write):
    odd = write("odd.txt", codecs.BOM_UTF16_LE + b"abc")
    lone = write("lone.txt", codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8a\x00")
    wide = write("wide.txt", codecs.BOM_UTF32_LE + b"\xff\xff\xff\xff")
    docs, errors = read(odd, lone, wide)
    assert docs == []
    assert errors == [
        f"[E005] {path} is not valid text in any encoding tried (its byte order mark says "
        f"{name}, but the bytes from offset {offset} are not: {reason}) — re-save it as UTF-8"
        for path, name, offset, reason in (
            (odd, "UTF-16", 4, "truncated data"), (lone, "UTF-16", 6, "illegal UTF-16 surrogate"),
            (wide, "UTF-32", 4, "code point not in range(0x110000)"))]


def test_ingest_utf16_without_a_bom(write):
    text = "Tehran’s envoy met Iraqi officials in Erbil — café talks."
    docs, errors = read(write("le.txt", text.encode("utf-16-le")),
                        write("be.txt", text.encode("utf-16-be")))
    assert (errors, [d.text for d in docs]) == ([], [text, text])


def test_ingest_a_file_mixing_utf8_and_cp1252_is_read_line_by_line(write):
    data = ("Zürich talks\n".encode() + "Café owners met Iran’s envoy.\n".encode("cp1252") +
            "Señor Pérez — the envoy — left.\n".encode() + "Naïve hopes.".encode("cp1252"))
    path = write("mixed.txt", data)
    [doc], errors = read(path)
    assert doc.text == ("Zürich talks\nCafé owners met Iran’s envoy.\nSeñor Pérez — the envoy — "
                        "left.\nNaïve hopes.")
    assert errors == [f"[W003] {path} mixes encodings: 2 lines are not UTF-8 and were read as "
                      "cp1252 — re-save it as UTF-8 if any characters look wrong"]


def test_ingest_a_text_field_of_the_wrong_type_is_e024(write):
    path = write("a.jsonl", '{"text": ["a", "list"]}\n{"Body": 42}\n{"content": {"a": 1}}\n'
                 '{"text": true}\n{"text": "ok"}\n')
    docs, errors = read(path)
    assert [d.text for d in docs] == ["ok"]
    assert errors == [
        f"[E024] {path} line {line}: the {field!r} field holds {kind}, not text — give the "
        "article's text as a string"
        for line, field, kind in ((1, "text", "a list"), (2, "Body", "a number"),
                                  (3, "content", "an object"), (4, "text", "true or false"))]


def test_ingest_lone_surrogates_in_json_become_replacement_characters(write):
    path = write("a.jsonl", '{"text": "Iran \\ud800 Iraq \\udc80", "title": "T\\udfff", '
                 '"id": "\\ud83d\\ude00"}\n')
    [doc], errors = read(path)
    assert errors == []
    assert (doc.text, doc.meta["title"], doc.document_id) == ("Iran \ufffd Iraq \ufffd",
                                                               "T\ufffd", "\U0001f600")
    doc.text.encode("utf-8")


def test_ingest_json_nested_too_deeply_is_reported_not_raised(write):
    deep = "[" * 100_000 + "]" * 100_000
    lines = write("a.jsonl", '{"text": %s}\n{"text": "ok"}\n' % deep)
    whole = write("b.json", deep)
    single = write("c.json", '{"text": %s}' % deep)
    docs, errors = read(lines, whole, single)
    assert [d.text for d in docs] == ["ok"]
    assert errors == [
        f"[E006] {lines} line 1: malformed JSON (nested too deeply) — fix the line; one JSON "
        'object a line, with a "text" field',
        f"[E013] {whole} is not a valid JSON file (nested too deeply) — check that it is not "
        "truncated",
        f"[E013] {single} is not a valid JSON file (nested too deeply) — check that it is not "
        "truncated"]


def test_ingest_impossible_or_out_of_range_dates_are_dropped_with_w002(write):
    values = ["2023-02-30", "2023-13-45", "2023-00-10", "9999-12-31", "0001-01-01", "never",
              "2024-02-29"]
    path = write("a.jsonl", "".join(json.dumps({"text": f"Story {n}.", "published": value})
                                    + "\n" for n, value in enumerate(values)))
    docs, errors = read(path)
    assert [d.meta.get("published") for d in docs] == [None] * 6 + ["2024-02-29"]
    last = datetime.date.today().year + 1
    assert errors == [
        f"[W002] {path} line {n}: publication date {value!r} is not a real date between 1900 "
        f"and {last} — ignored, the article is kept; fix the date in the input"
        for n, value in enumerate(values[:6], start=1)]


def test_ingest_an_unforeseen_failure_is_reported_and_the_rest_is_read(write, monkeypatch):
    from communique import ingest

    def broken(data, path, report):
        raise ValueError("boom")
        yield

    monkeypatch.setitem(ingest.READERS, ".md", broken)
    bad, good = write("a.md", BODY), write("b.txt", BODY)
    docs, errors = read(bad, good)
    assert [d.source_path for d in docs] == [str(good)]
    assert errors == [f"[E026] {bad}: one document could not be read (ValueError: boom) — it "
                      "was skipped and the run went on; please report this with the document"]


def test_ingest_utf16_one_byte_out_of_step_is_refused(write):
    shifted = write("a.txt", codecs.BOM_UTF16_LE + b"\xff" + BODY.encode("utf-16-le") + b"\x00")
    aligned = write("b.txt", codecs.BOM_UTF16_LE + BODY.encode("utf-16-le"))
    docs, errors = read(shifted, aligned)
    assert [d.text for d in docs] == [BODY]
    assert errors == [f"[E005] {shifted} is not valid text in any encoding tried (its byte "
                      "order mark says UTF-16, but the text is out of step by one byte) — "
                      "re-save it as UTF-8"]


def test_ingest_a_damaged_gzip_stream_is_e013(write):
    packed = bytearray(gzip.compress(((BODY + " ") * 50).encode()))
    packed[20:24] = b"\xff\xff\xff\xff"
    path = write("a.txt.gz", bytes(packed))
    docs, errors = read(path)
    assert docs == []
    assert len(errors) == 1
    assert errors[0].startswith(f"[E013] {path} is not a valid gzip file (")
    assert errors[0].endswith(") — check that it is not truncated")


def test_ingest_a_csv_with_a_header_and_no_records_is_e013(write):
    path = write("a.csv", "title,text\n")
    docs, errors = read(path)
    assert docs == []
    assert errors == [f"[E013] {path} is not a valid CSV file (a header line and no records) — "
                      "check that it is not truncated"]


def test_ingest_project_files_and_code_in_a_folder_are_skipped_with_e029(tmp_path):
    from communique.ingest import read_documents

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text("Harbour workers end strike\n\nDockers went back to "
                                      "work on Monday after a pay deal, the union said.")
    (folder / "README.md").write_text("# How these files were collected\n")
    (folder / "LICENSE").write_text("Permission is granted to copy these notes.\n")
    (folder / "CHANGELOG.txt").write_text("v2: more files\n")
    (folder / "scrape.py").write_text("print('hello')\n")
    errors = []
    docs = list(read_documents([folder], report=errors.append))
    assert [d.source_path.rsplit("/", 1)[-1] for d in docs] == ["story.txt"]
    assert sorted(e.code for e in errors) == ["E029"] * 4
    assert "move it out of the input folder" in str(errors[0])
