"""Seeded fuzz inputs for communique: files of many kinds, each listing the documents it holds.

Used by tests/test_fuzz.py and benchmarks/fuzz.py. Everything is generated here from small
word lists; no corpus text is copied.

A *document* is what the reader should turn into one RawDocument or one coded error: a whole
.txt/.html/.json-object file, one line of a JSON Lines file, one row of a CSV file, one record
of a JSON array, one item of a feed, one member of a zip archive (or the documents inside that
member). `make_file(kind, seed)` builds one file and returns its name, bytes and the documents
it holds (`Expected`); `generate(root, docs, seed)` writes files until it holds `docs`
documents. Each Expected carries the generator `kind` and `seed` of its file, so a failure is
reproduced with `make_file(kind, seed)`.

Reproduce one file:
    PYTHONPATH=.:tests python -c "import fuzzing,sys; n,b,_=fuzzing.make_file('jsonl', 42); \
open(n,'wb').write(b)"
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterator
from typing import Any
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- words for news-like prose

COUNTRIES = ["France", "Egypt", "Germany", "Brazil", "Japan", "Kenya", "India", "Mexico",
             "Turkey", "Canada", "Nigeria", "Peru", "Norway", "Jordan", "Chile", "Vietnam"]
CITIES = ["Cairo", "Paris", "Berlin", "Nairobi", "Tokyo", "Lima", "Oslo", "Amman", "Delhi",
          "Ankara", "Ottawa", "Lagos", "Hanoi", "Santiago", "Brasilia", "Mexico City"]
OFFICES = ["foreign minister", "president", "prime minister", "defence minister",
           "trade minister", "ambassador", "interior minister", "finance minister"]
GROUPS = ["officials", "diplomats", "protesters", "rebels", "police", "lawmakers",
          "union leaders", "aid workers", "soldiers", "students"]
VERBS = ["met", "criticized", "accused", "praised", "visited", "condemned", "threatened",
         "thanked", "urged", "warned", "hosted", "rejected an offer from", "signed a deal with"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TOPICS = ["trade", "border security", "water rights", "fuel prices", "elections",
          "a ceasefire", "refugees", "fishing quotas", "a new pipeline", "tariffs"]
FURNITURE = ["Share this article", "Advertisement", "Subscribe to our newsletter",
             "Read more", "Click here to sign up", "Related stories", "Follow us on Twitter",
             "Cookie settings", "Sign in", "Most read"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

BAD_DATES = ["2023-02-30", "9999-12-31", "0000-00-00", "2023-13-01", "1066-10-14",
             "31/02/2021", "yesterday", "2021-02-29T25:61:00Z", "-5", "2023-04-31"]


def sentence(rng: random.Random) -> str:
    actor = f"The {rng.choice(OFFICES)} of {rng.choice(COUNTRIES)}"
    verb = rng.choice(VERBS)
    target = rng.choice([f"{rng.choice(GROUPS)} from {rng.choice(COUNTRIES)}",
                         f"the {rng.choice(OFFICES)} of {rng.choice(COUNTRIES)}",
                         rng.choice(GROUPS)])
    tail = rng.choice([f" in {rng.choice(CITIES)} on {rng.choice(DAYS)}",
                       f" over {rng.choice(TOPICS)}",
                       f" in {rng.choice(CITIES)} to discuss {rng.choice(TOPICS)}", ""])
    return f"{actor} {verb} {target}{tail}."


def story(rng: random.Random, marker: str, paragraphs: int | None = None) -> tuple[str, str]:
    """(title, body) of a synthetic story; `marker` is in the title and the first sentence,
    so every story differs from every other one."""
    title = f"{rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} talk {rng.choice(TOPICS)} " \
            f"({marker})"
    city = rng.choice(CITIES).upper()
    lead = (f"{city}, {rng.choice(MONTHS)} {rng.randint(1, 28)} (Reuters) - "
            f"{sentence(rng)[:-1]} in talks filed as {marker}, officials said on "
            f"{rng.choice(DAYS)}. {sentence(rng)}")
    paras = [lead]
    for _ in range(paragraphs if paragraphs is not None else rng.randint(1, 3)):
        paras.append(" ".join(sentence(rng) for _ in range(rng.randint(1, 3))))
    return title, "\n\n".join(paras)


# ---------------------------------------------------------------- what a file is expected to hold

@dataclass(slots=True)
class Expected:
    """One input document and how the run may account for it.

    `source_path` is the name the pipeline gives it, relative to the fuzz root: the file's
    path, `archive.zip/member` inside a zip, the name without `.gz` inside a gzip file.
    `locator` is what a coded error says for a part of a file (`line` field: "3",
    "record 2", "item 1"); None when the document is the whole file. `doc_id` is the id the
    stored article must carry (None for none); `marker` is a token in its title and text.
    `files` are the on-disk / archive names an error for the whole file may give as `path`.
    """

    kind: str
    seed: int
    source_path: str
    locator: str | None = None
    doc_id: str | None = None
    marker: str | None = None
    note: str = ""
    files: tuple[str, ...] = ()

    def label(self) -> str:
        where = f" {self.locator}" if self.locator else ""
        note = f" [{self.note}]" if self.note else ""
        return f"{self.kind} seed={self.seed} {self.source_path}{where}{note}"


@dataclass(slots=True)
class Made:
    name: str
    data: bytes
    docs: list[Expected] = field(default_factory=list)


def marker_for(seed: int, n: int = 0) -> str:
    return f"fz{seed:x}x{n}"


# ---------------------------------------------------------------- mutations of bytes and text

def byte_flips(rng: random.Random, data: bytes, count: int, keep: bytes = b"") -> bytes:
    out = bytearray(data)
    for _ in range(count):
        if not out:
            break
        i = rng.randrange(len(out))
        if out[i] in keep:
            continue
        new = rng.randrange(256)
        while new in keep:
            new = rng.randrange(256)
        out[i] = new
    return bytes(out)


def control_chars(rng: random.Random, text: str, share: float) -> str:
    chars = list(text)
    for _ in range(int(len(chars) * share) + 1):
        chars.insert(rng.randrange(len(chars) + 1), chr(rng.choice([1, 2, 7, 8, 11, 27, 31,
                                                                    127, 0x85, 0x9c])))
    return "".join(chars)


def long_run(rng: random.Random, text: str, length: int) -> str:
    char = rng.choice(["a", "-", "=", ".", "!", " ", "\u00e9", "\u2014", "x", "_", "9", "*"])
    cut = rng.randrange(len(text) + 1)
    return text[:cut] + char * length + text[cut:]


# ---------------------------------------------------------------- JSON records

def record_variants(rng: random.Random, seed: int, n: int, with_id: bool | None = None,
                    nesting: int = 100_000) -> tuple[str, Expected]:
    """One JSON Lines line (a record, or something that should be one) and its Expected."""
    marker = marker_for(seed, n)
    title, body = story(rng, marker)
    record: dict = {"title": title, "text": body}
    has_id = rng.random() < 0.5 if with_id is None else with_id
    doc_id = None
    if has_id:
        doc_id = f"{seed}-{n}"
        record["id"] = doc_id
    variant = rng.choices(
        ["plain", "date", "bad_date", "aliases", "wrong_type", "no_text", "surrogate",
         "deep", "malformed", "not_object", "int_id", "controls", "long_run", "extra"],
        weights=[30, 8, 10, 5, 6, 4, 5, 2, 5, 3, 3, 3, 2, 4])[0]
    exp = Expected(kind="", seed=seed, source_path="", locator=None, doc_id=doc_id,
                   marker=marker, note=variant)
    if variant == "date":
        record["published"] = f"20{rng.randint(10, 24)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
    elif variant == "bad_date":
        record[rng.choice(["published", "date", "published_at"])] = rng.choice(BAD_DATES)
        given = record.get("published") or record.get("date") or record.get("published_at")
        exp.note = f"bad_date {given}"
    elif variant == "aliases":
        record = {"headline": title, rng.choice(["body", "content", "story"]): body,
                  **({"guid": doc_id} if doc_id else {}),
                  "pubdate": "Tue, 04 Apr 2023 10:00:00 GMT"}
    elif variant == "wrong_type":
        record["text"] = rng.choice([12345, 3.5, True, [body], {"p": body}])
        if rng.random() < 0.5:
            record["title"] = rng.choice([[title], {"t": title}, 7])
        exp.note = f"wrong_type text={type(record['text']).__name__}"
    elif variant == "no_text":
        record.pop("text")
        if rng.random() < 0.5:
            record["text"] = rng.choice(["", "   ", None])
    elif variant == "surrogate":
        lone = rng.choice(["\\ud800", "\\udfff", "\\udc00x", "\\ud83d"])
        line = json.dumps(record)
        where = rng.choice(["text", "title"])
        line = line.replace(f'"{where}": "', f'"{where}": "{lone}', 1)
        exp.note = f"surrogate {lone} in {where}"
        return line, exp
    elif variant == "deep":
        depth = rng.choice([1_000, nesting])
        exp.note = f"deep {depth}"
        inner = "[" * depth + "]" * depth
        if rng.random() < 0.5:
            return inner, exp
        return json.dumps(record)[:-1] + f', "extra": {inner}}}', exp
    elif variant == "malformed":
        line = json.dumps(record)
        line = rng.choice([line[:rng.randrange(1, len(line))], line.replace('"', "'", 3),
                           line + ",", "{" + line, "{text: 'unquoted'}"])
        return line, exp
    elif variant == "not_object":
        return rng.choice(['"just a string"', "42", "null", "[1, 2]", "true"]), exp
    elif variant == "int_id":
        record["id"] = seed * 1000 + n
        exp.doc_id = str(seed * 1000 + n)
    elif variant == "controls":
        record["text"] = control_chars(rng, body, rng.choice([0.001, 0.05]))
    elif variant == "long_run":
        record["text"] = long_run(rng, body, rng.choice([500, 3000, 20000]))
    elif variant == "extra":
        record.update({"source": rng.choice(["Example News", 5, None]),
                       "url": f"https://example.org/{seed}/{n}", "lang": "en",
                       "tags": ["a", {"b": [1, 2]}]})
    return json.dumps(record, ensure_ascii=rng.random() < 0.5), exp


# ---------------------------------------------------------------- one file per kind

def _single(name: str, data: bytes, seed: int, kind: str, note: str = "") -> Made:
    return Made(name, data, [Expected(kind, seed, name, marker=marker_for(seed), note=note)])


def _text_story(rng: random.Random, seed: int) -> str:
    title, body = story(rng, marker_for(seed))
    return f"{title}\n\n{body}\n"


def k_txt(rng: random.Random, seed: int) -> Made:
    text = _text_story(rng, seed)
    if rng.random() < 0.3:  # several stories in one file: still one document
        for n in range(1, rng.randint(2, 4)):
            title, body = story(rng, marker_for(seed, n))
            text += f"\n\n{title}\n{rng.choice(MONTHS)} {rng.randint(1, 28)}, 2023\n\n{body}\n"
    return _single(f"txt_{seed}.txt", text.encode(), seed, "txt")


def k_html(rng: random.Random, seed: int) -> Made:
    title, body = story(rng, marker_for(seed))
    paras = "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
    nav = "".join(f"<li><a href='/x{i}'>{f}</a></li>" for i, f in
                  enumerate(rng.sample(FURNITURE, 4)))
    html = (f"<!DOCTYPE html><html><head><title>{escape(title)} | Example News</title>"
            f"<meta property='article:published_time' content='2023-0{rng.randint(1, 9)}-12'>"
            f"</head><body><nav><ul>{nav}</ul></nav><article><h1>{escape(title)}</h1>"
            f"{paras}</article><footer>&copy; Example News</footer></body></html>")
    return _single(f"html_{seed}.html", html.encode(), seed, "html")


def k_html_broken(rng: random.Random, seed: int) -> Made:
    title, body = story(rng, marker_for(seed))
    parts = [f"<html><head><title>{title}"]
    for p in body.split("\n\n"):
        parts.append(rng.choice([f"<p>{p}", f"<div><p>{p}</div>", f"<p>{p}</b></i>",
                                 f"<![CDATA[{p}", f"<p {p}>", f"<!-- {p}", f"<p>{p}</p>",
                                 f"<script>{p}", f"<table><tr><td>{p}"]))
    html = "".join(parts)
    if rng.random() < 0.5:
        html = html[:rng.randrange(1, len(html) + 1)]
    return _single(f"html_broken_{seed}.html", html.encode(), seed, "html_broken")


def k_html_nested(rng: random.Random, seed: int, deep: int = 100_000) -> Made:
    title, body = story(rng, marker_for(seed))
    depth = rng.choice([300, 3000, deep])
    tag = rng.choice(["div", "span", "b", "table", "ul"])
    html = (f"<html><head><title>{escape(title)}</title></head><body>" + f"<{tag}>" * depth
            + "".join(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
            + (f"</{tag}>" * depth if rng.random() < 0.5 else "") + "</body></html>")
    return _single(f"html_nested_{seed}.html", html.encode(), seed, "html_nested",
                   note=f"depth {depth} <{tag}>")


def k_jsonl(rng: random.Random, seed: int, nesting: int = 100_000) -> Made:
    name = f"jsonl_{seed}.jsonl"
    with_id = rng.choice([None, True, False])  # mixed, all with ids, all without
    lines, docs = [], []
    for n in range(rng.randint(2, 12)):
        if rng.random() < 0.1:
            lines.append(rng.choice(["", "   "]))  # blank lines hold no document
        line, exp = record_variants(rng, seed, n, with_id, nesting)
        lines.append(line)
        exp.kind, exp.source_path, exp.locator = "jsonl", name, str(len(lines))
        docs.append(exp)
    return Made(name, ("\n".join(lines) + rng.choice(["\n", ""])).encode("utf-8",
                                                                          "surrogatepass"),
                docs)


def k_json_array(rng: random.Random, seed: int) -> Made:
    name = f"json_array_{seed}.json"
    records, docs = [], []
    for n in range(rng.randint(1, 8)):
        marker = marker_for(seed, n)
        title, body = story(rng, marker)
        record: object = {"title": title, "text": body}
        doc_id = f"{seed}-{n}" if rng.random() < 0.5 else None
        if doc_id:
            record["id"] = doc_id
        note = "plain"
        roll = rng.random()
        if roll < 0.1:
            record, note = rng.choice([5, "text", [body], None]), "not_object"
        elif roll < 0.2:
            record["text"], note = rng.choice([{"body": body}, 17]), "wrong_type"
        elif roll < 0.3:
            record["published"] = note = rng.choice(BAD_DATES)
        records.append(record)
        docs.append(Expected("json_array", seed, name, f"record {n + 1}", doc_id, marker,
                             note))
    data = json.dumps(records, indent=rng.choice([None, 2]))
    if rng.random() < 0.1:  # a broken array: one error for the whole file
        data = data[:-1]
        for d in docs:
            d.note += " (array truncated)"
    return Made(name, data.encode(), docs)


def k_json_object(rng: random.Random, seed: int) -> Made:
    title, body = story(rng, marker_for(seed))
    record = {"headline": title, "body": body, "date": rng.choice(["2023-05-01", *BAD_DATES])}
    return _single(f"json_object_{seed}.json", json.dumps(record).encode(), seed,
                   "json_object", note=f"date {record['date']}")


def k_csv(rng: random.Random, seed: int) -> Made:
    import csv

    name = f"csv_{seed}.csv"
    delimiter = rng.choice([",", ";", "\t"])
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter)
    writer.writerow(["id", "title", "published", "text"])
    docs = []
    for n in range(rng.randint(1, 10)):
        marker = marker_for(seed, n)
        title, body = story(rng, marker)
        if rng.random() < 0.5:
            body = body.replace("\n\n", " ")
        note = "plain"
        date = f"2022-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}"
        if rng.random() < 0.15:
            date = note = rng.choice(BAD_DATES)
        if rng.random() < 0.1:
            body, note = "", "empty text"
        doc_id = f"{seed}-{n}" if rng.random() < 0.6 else ""
        writer.writerow([doc_id, title, date, body])
        docs.append(Expected("csv", seed, name, str(n + 2), doc_id or None, marker, note))
    data = buf.getvalue()
    if rng.random() < 0.2:
        data = "\ufeff" + data
    return Made(name, data.encode(), docs)


def k_rss(rng: random.Random, seed: int) -> Made:
    name = f"rss_{seed}.xml"
    atom = rng.random() < 0.3
    items, docs = [], []
    for n in range(rng.randint(1, 6)):
        marker = marker_for(seed, n)
        title, body = story(rng, marker)
        html = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        note = "plain"
        if rng.random() < 0.1:
            html, note = "", "empty item"
        guid = f"urn:fuzz:{seed}:{n}"
        date = rng.choice(["Tue, 04 Apr 2023 10:00:00 GMT", "Mon, 30 Feb 2023 10:00:00 GMT",
                           "not a date"])
        if atom:
            items.append(f"<entry><title>{escape(title)}</title><id>{guid}</id>"
                         f"<updated>2023-04-04T10:00:00Z</updated>"
                         f"<content type='html'>{escape(html)}</content></entry>")
        else:
            items.append(f"<item><title>{escape(title)}</title><guid>{guid}</guid>"
                         f"<pubDate>{date}</pubDate>"
                         f"<description>{escape(html)}</description></item>")
        docs.append(Expected("rss", seed, name, f"item {n + 1}", guid, marker, note))
    if atom:
        xml = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
               f"<title>Fuzz Wire</title>{''.join(items)}</feed>")
    else:
        xml = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
               f"<title>Fuzz Wire</title>{''.join(items)}</channel></rss>")
    return Made(name, xml.encode(), docs)


def k_gz(rng: random.Random, seed: int) -> Made:
    inner = _inner(rng, seed)
    name = inner.name + ".gz"
    data = gzip.compress(inner.data)
    broken = rng.random() < 0.2
    if broken:
        data = rng.choice([data[:rng.randrange(1, len(data))], byte_flips(rng, data, 8)])
    for d in inner.docs:
        d.kind, d.files = "gz", (name,)
        d.note = (d.note + " (gzip damaged)").strip() if broken else d.note
    return Made(name, data, inner.docs)


def k_zip(rng: random.Random, seed: int) -> Made:
    name = f"zip_{seed}.zip"
    buf = io.BytesIO()
    docs: list[Expected] = []
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for n in range(rng.randint(1, 4)):
            inner = _inner(rng, seed * 10 + n)
            member = inner.name
            if rng.random() < 0.08:
                member = rng.choice(["../escape_", "/abs/", "a/../../"]) + member
            archive.writestr(member, inner.data)
            for d in inner.docs:
                d.kind, d.source_path = "zip", f"{name}/{member}"
                d.files = (name, member)
                docs.append(d)
        if rng.random() < 0.2:
            archive.writestr("folder/", b"")
    data = buf.getvalue()
    if rng.random() < 0.1:
        data = data[:rng.randrange(1, len(data))]
        for d in docs:
            d.note = (d.note + " (zip truncated)").strip()
    return Made(name, data, docs)


def _inner(rng: random.Random, seed: int) -> Made:
    kind = rng.choice(["txt", "html", "jsonl", "csv", "json_array", "rss"])
    return KINDS[kind][0](rng, seed)


def k_empty(rng: random.Random, seed: int) -> Made:
    suffix = rng.choice([".txt", ".html", ".jsonl", ".json", ".csv", ".xml"])
    data = rng.choice([b"", b"   \n\n", b"\n", b"\t \r\n"])
    name = f"empty_{seed}{suffix}"
    return Made(name, data, [Expected("empty", seed, name, note=repr(data))])


def k_binary(rng: random.Random, seed: int) -> Made:
    suffix = rng.choice([".txt", ".html", ".jsonl", ".csv", ".xml", ".json", ".dat"])
    magic = rng.choice([b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"\x7fELF", b"PK\x03\x04"])
    data = magic + bytes(rng.randrange(256) for _ in range(rng.randint(1, 3000)))
    name = f"binary_{seed}{suffix}"
    return Made(name, data, [Expected("binary", seed, name, note=f"magic {magic!r}")])


def k_bom_junk(rng: random.Random, seed: int) -> Made:
    suffix = rng.choice([".txt", ".html", ".jsonl", ".csv", ".xml"])
    bom = rng.choice([codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
                      codecs.BOM_UTF32_BE, codecs.BOM_UTF8])
    text = _text_story(rng, seed)
    body = rng.choice([
        text.encode("utf-8"),                                     # BOM of another encoding
        bytes(rng.randrange(256) for _ in range(rng.randint(1, 200))),
        b"\xff\xfe\xff" + text.encode("utf-16-le")[:-1],          # odd length
        b"\x00\xd8" + text.encode("utf-16-le"),                  # lone surrogate in UTF-16
        b"\x00\x00\x11\x00" + text.encode("utf-8"),              # out of range in UTF-32
    ])
    name = f"bom_junk_{seed}{suffix}"
    return Made(name, bom + body, [Expected("bom_junk", seed, name, marker=marker_for(seed),
                                            note=f"bom {bom!r}")])


def k_encodings(rng: random.Random, seed: int) -> Made:
    title, body = story(rng, marker_for(seed))
    body = body.replace("officials", "officiels déçus", 1) + "\nCafé Müller – naïve façade."
    text = f"{title}\n\n{body}\n"
    choice = rng.choice(["cp1252", "latin-1", "mixed", "utf-16", "utf-8-sig", "cp1251"])
    if choice == "mixed":
        lines = text.split("\n")
        data = b"\n".join(line.encode(rng.choice(["utf-8", "cp1252"])) for line in lines)
    elif choice == "cp1251":
        data = (text + "\nПрезидент встретился с министром.\n").encode("cp1251", "replace")
    else:
        data = text.encode(choice, "replace")
    name = f"encoding_{seed}.txt"
    return _single(name, data, seed, "encodings", note=choice)


def k_mutated(rng: random.Random, seed: int) -> Made:
    """A one-document file (txt or html) with its bytes damaged."""
    base = rng.choice([k_txt, k_html])(rng, seed)
    data = base.data
    how = rng.choice(["flips", "truncate", "truncate_mb", "controls", "nul"])
    if how == "flips":
        data = byte_flips(rng, data, rng.randint(1, 40))
    elif how == "truncate":
        data = data[:rng.randrange(0, len(data) + 1)]
    elif how == "truncate_mb":
        text = data.decode() + " Ünïcödé “quotes” — 東京 😀"
        raw = text.encode()
        data = raw[:len(raw) - rng.randint(1, 3)]
    elif how == "controls":
        data = control_chars(rng, data.decode(), rng.choice([0.002, 0.03, 0.3])).encode()
    elif how == "nul":
        i = rng.randrange(len(data))
        data = data[:i] + b"\x00" * rng.randint(1, 5) + data[i:]
    name = f"mutated_{seed}{Path(base.name).suffix}"
    return _single(name, data, seed, "mutated", note=how)


def k_long_run(rng: random.Random, seed: int, longest: int = 30_000) -> Made:
    text = _text_story(rng, seed)
    length = rng.choice([200, 2_000, 10_000, longest])
    text = long_run(rng, text, length)
    name = f"long_run_{seed}.txt"
    return _single(name, text.encode(), seed, "long_run", note=f"run {length}")


def k_huge(rng: random.Random, seed: int, size: int = 1_050_000) -> Made:
    """One document over spaCy's default max_length of 1,000,000 characters."""
    paras = []
    total = 0
    n = 0
    while total < size:
        _title, body = story(rng, marker_for(seed, n), paragraphs=6)
        paras.append(body)
        total += len(body) + 2
        n += 1
    text = f"Huge file {marker_for(seed)}\n\n" + "\n\n".join(paras)
    return _single(f"huge_{seed}.txt", text.encode(), seed, "huge", note=f"{len(text)} chars")


def k_furniture(rng: random.Random, seed: int) -> Made:
    """Nothing but page furniture: cleans to no article."""
    lines = [rng.choice(FURNITURE) for _ in range(rng.randint(1, 12))]
    if rng.random() < 0.3:
        lines = [rng.choice(["***", "----", "|", "•", "12", "(c) 2023"]) for _ in range(5)]
    name = f"furniture_{seed}.{rng.choice(['txt', 'html'])}"
    text = "\n".join(lines)
    if name.endswith(".html"):
        text = "<html><body>" + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>"
    return _single(name, text.encode(), seed, "furniture")


def k_unknown_suffix(rng: random.Random, seed: int) -> Made:
    name = f"unknown_{seed}{rng.choice(['.doc', '.dat', '', '.log', '.TXT.bak'])}"
    return _single(name, _text_story(rng, seed).encode(), seed, "unknown_suffix")


# kind → (maker, weight)
KINDS: dict[str, tuple[Callable[[random.Random, int], Made], float]] = {
    "txt": (k_txt, 12), "html": (k_html, 8), "html_broken": (k_html_broken, 5),
    "html_nested": (k_html_nested, 2), "jsonl": (k_jsonl, 7), "json_array": (k_json_array, 3),
    "json_object": (k_json_object, 3), "csv": (k_csv, 3), "rss": (k_rss, 3), "gz": (k_gz, 3),
    "zip": (k_zip, 3), "empty": (k_empty, 2), "binary": (k_binary, 3),
    "bom_junk": (k_bom_junk, 3), "encodings": (k_encodings, 4), "mutated": (k_mutated, 10),
    "long_run": (k_long_run, 3), "furniture": (k_furniture, 3),
    "unknown_suffix": (k_unknown_suffix, 1), "huge": (k_huge, 0),
}


def make_file(kind: str, seed: int, **options: int) -> Made:
    """Build one file of `kind` from `seed` (the same pair always gives the same bytes).

    Options: `longest` (k_long_run), `deep` (k_html_nested), `nesting` (k_jsonl), `size`
    (k_huge)."""
    maker = KINDS[kind][0]
    rng = random.Random(f"{kind}:{seed}")
    import inspect

    accepted = inspect.signature(maker).parameters
    made = maker(rng, seed, **{k: v for k, v in options.items() if k in accepted})
    for d in made.docs:
        d.kind, d.seed = kind, seed  # the top-level file's (zip/gz members too)
        d.files = d.files or (made.name,)
    return made


def plan(docs: int, seed: int, weights: dict[str, float] | None = None
         ) -> Iterator[tuple[str, int]]:
    """(kind, file seed) pairs, drawn from `seed`, forever; the caller stops at `docs`."""
    rng = random.Random(seed)
    table = {k: w for k, (_, w) in KINDS.items()} | (weights or {})
    kinds = [k for k, w in table.items() if w > 0]
    chances = [table[k] for k in kinds]
    n = 0
    while True:
        yield rng.choices(kinds, chances)[0], seed * 100_000 + n
        n += 1


def generate(root: Path, docs: int, seed: int, weights: dict[str, float] | None = None,
             **options: int) -> list[Expected]:
    """Write files into `root` until they hold at least `docs` documents; return them all,
    `source_path` and `files` made absolute (as the pipeline names them)."""
    root.mkdir(parents=True, exist_ok=True)
    out: list[Expected] = []
    for kind, file_seed in plan(docs, seed, weights):
        if len(out) >= docs:
            break
        made = make_file(kind, file_seed, **options)
        (root / made.name).write_bytes(made.data)
        for d in made.docs:
            d.source_path = f"{root}/{d.source_path}"
            d.files = (f"{root}/{d.files[0]}", *d.files[1:])
            out.append(d)
    return out


# ---------------------------------------------------------------- accounting

# Codes that refuse a whole input (file, archive, or archive member named by `member`): every
# document inside it is accounted for by one of these.
WHOLE_INPUT = {"E002", "E004", "E005", "E008", "E009", "E012", "E013", "E019", "E020",
               "E021", "E022", "E029"}


def _number(locator: object) -> str:
    """"record 3", "item 3", "line 3", 3 → "3" (a file's locators share one style)."""
    return str(locator).split()[-1] if str(locator).split() else str(locator)


def _error_path(error: object) -> str | None:
    fields = getattr(error, "fields", {}) or {}
    path = fields.get("path")
    if path is None:
        return None
    if fields.get("member") is not None:
        return f"{path}/{fields['member']}"
    return str(path)


@dataclass(slots=True)
class Accounting:
    """Which expected documents were stored, which were named by an E-code, which neither."""

    stored: list[Expected] = field(default_factory=list)
    coded: list[tuple[Expected, str]] = field(default_factory=list)
    unaccounted: list[tuple[Expected, list[str]]] = field(default_factory=list)
    stray_articles: list[dict] = field(default_factory=list)
    stray_errors: list[str] = field(default_factory=list)


def account(expected: list[Expected], articles: list[dict], errors: list[object]) -> Accounting:
    """Match stored articles and reported errors to the expected documents.

    A document is *stored* when an article has its `source_path` and — if the document has
    an id — its `document_id`; else, when its file holds several documents, the document's
    marker is in the article's title or text; else (one document in that path) any article.
    A document is *coded* when an E-code names it: an error with a `line` field naming its
    path and its locator's number ("record 3", "item 3" and 3 all name number 3); a
    whole-input code (WHOLE_INPUT) naming its path, its file on disk or the archive holding
    it; or any other E-code naming only its path (E014, E026: one document each, given to
    the path's documents not yet accounted for, in order). W-codes (notices) account for
    nothing: a document they name must still be stored. Every other document is
    *unaccounted*, listed with the messages that named its path.
    """
    by_path: dict[str, list[Expected]] = {}
    for doc in expected:
        by_path.setdefault(doc.source_path, []).append(doc)
    done: dict[int, str] = {}
    for article in articles:
        docs = by_path.get(article["source_path"], [])
        for doc in docs:
            if doc.doc_id is not None:
                ok = article.get("document_id") == doc.doc_id
            elif len(docs) == 1:
                ok = True
            else:
                ok = bool(doc.marker) and (doc.marker in (article.get("title") or "")
                                           or doc.marker in (article.get("text") or ""))
            if ok:
                done.setdefault(id(doc), "stored")
    acc = Accounting()
    for article in articles:
        docs = by_path.get(article["source_path"], [])
        if not docs:
            acc.stray_articles.append({k: article.get(k) for k in
                                       ("source_path", "document_id", "part", "title")})
    notices: dict[str, list[str]] = {}
    path_only: list[tuple[str, object]] = []
    for error in errors:
        code = getattr(error, "code", "?")
        path = _error_path(error)
        if path is None:
            continue
        notices.setdefault(path, []).append(str(error)[:160])
        if not code.startswith("E"):
            continue
        fields = getattr(error, "fields", {})
        if code not in WHOLE_INPUT and fields.get("line") is not None:
            docs = [d for d in by_path.get(path, [])
                    if d.locator is not None and _number(d.locator) == _number(fields["line"])]
            # a file the generator made as one document, read as records (a text behind a
            # broken BOM in a .jsonl): its line errors speak for that document
            docs = docs or [d for d in by_path.get(path, []) if d.locator is None]
            for doc in docs:
                done.setdefault(id(doc), code)
            if not docs:
                acc.stray_errors.append(str(error)[:200])
        elif code in WHOLE_INPUT:
            docs = [d for d in expected if d.source_path == path or d.files[0] == path
                    or d.source_path.startswith(path + "/")]
            for doc in docs:
                done.setdefault(id(doc), code)
            if not docs:
                acc.stray_errors.append(str(error)[:200])
        else:
            path_only.append((path, error))
    for path, error in path_only:
        free = [d for d in by_path.get(path, []) if id(d) not in done]
        if free:
            done[id(free[0])] = error.code
        else:
            acc.stray_errors.append(str(error)[:200])
    for doc in expected:
        how = done.get(id(doc))
        if how == "stored":
            acc.stored.append(doc)
        elif how:
            acc.coded.append((doc, how))
        else:
            said = notices.get(doc.source_path, []) + (notices.get(doc.files[0], [])
                                                       if doc.files[0] != doc.source_path
                                                       else [])
            acc.unaccounted.append((doc, said))
    return acc


# ---------------------------------------------------------------- one run, with attribution

@dataclass(slots=True)
class Crash:
    """An exception that escaped `process`: over `where` (the whole run, or one file)."""

    where: str
    kind: str
    seed: int | None
    exception: str
    origin: str

    def label(self) -> str:
        seed = f" seed={self.seed}" if self.seed is not None else ""
        return f"{self.kind}{seed} {self.where}: {self.exception} (at {self.origin})"


@dataclass(slots=True)
class Outcome:
    crashes: list[Crash]
    errors: list[object]
    articles: list[dict]
    accounting: Accounting


def _crash(where: str, exc: BaseException, kind: str = "", seed: int | None = None) -> Crash:
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    origin = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" \
        if frames else "?"
    text = f"{type(exc).__name__}: {str(exc)[:160]}"
    return Crash(where, kind, seed, text, origin)


def run_fuzz(root: Path, expected: list[Expected], open_store: Callable[[str], Any],
             nlp: object, batch_size: int = 64) -> Outcome:
    """`process([root], store, nlp)` once, and account over what it stored and reported.

    If an exception escapes that run, `process` runs again file by file (store "per-file") to
    name the files that raise, then once more over all the other files together (store
    "rest"), so batches still span files as in a real run (an id-less record's article can
    then be lost to a later batch of its file); the accounting is over that last run, and
    the raising files' documents count as unaccounted. `open_store(name)` gives a fresh
    Store (a context manager) for each run.
    """
    from communique.pipeline import process

    def whole(paths: list[str], name: str) -> tuple[list[object], list[dict], Crash | None]:
        errors: list[object] = []
        with open_store(name) as store:
            try:
                process(paths, store, nlp, report=errors.append, batch_size=batch_size)
                crash = None
            except Exception as exc:
                crash = _crash(", ".join(paths) if len(paths) < 3 else f"{len(paths)} files",
                               exc, "whole run")
            articles = list(store.rows("SELECT source_path, document_id, part, title, text "
                                       "FROM articles"))
            # A document whose article has the same content as one stored before shares that
            # article (ids are content hashes); the documents table records it.
            articles += list(store.rows(
                "SELECT source_path, document_id, NULL AS part, NULL AS title, NULL AS text "
                "FROM documents WHERE source_path NOT IN (SELECT source_path FROM articles)"))
        return errors, articles, crash

    errors, articles, crash = whole([str(root)], "whole")
    crashes = [crash] if crash else []
    if crash:
        first: dict[str, Expected] = {}
        for doc in expected:
            first.setdefault(doc.files[0], doc)
        files = sorted(str(p) for p in root.rglob("*") if p.is_file())
        bad = set()
        with open_store("per-file") as store:
            for path in files:
                try:
                    process([path], store, nlp, report=lambda e: None, batch_size=batch_size)
                except Exception as exc:
                    doc = first.get(path)
                    crashes.append(_crash(path, exc, doc.kind if doc else "?",
                                          doc.seed if doc else None))
                    bad.add(path)
        errors, articles, again = whole([f for f in files if f not in bad], "rest")
        if again:
            crashes.append(again)
    return Outcome(crashes, errors, articles, account(expected, articles, errors))


def summarise(expected: list[Expected], outcome: Outcome, limit: int = 60) -> str:
    """The run in lines: counts by code and kind, then crashes and unaccounted documents."""
    from collections import Counter

    acc = outcome.accounting
    lines = [f"documents in: {len(expected)}", f"stored: {len(acc.stored)}",
             f"coded errors (documents): {len(acc.coded)}",
             f"unaccounted: {len(acc.unaccounted)}",
             f"tracebacks: {len(outcome.crashes)}"]
    codes = Counter(getattr(e, "code", "?") for e in outcome.errors)
    lines.append("errors by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())
                                                if c.startswith("E")))
    lines.append("notices by code: " + ", ".join(f"{c} {n}" for c, n in sorted(codes.items())
                                                 if not c.startswith("E")))
    if outcome.crashes:
        lines.append("exceptions that escaped process():")
        lines += [f"  {c.label()}" for c in outcome.crashes[:limit]]
    if acc.unaccounted:
        by_kind = Counter(f"{d.kind}/{d.note.split(' ')[0] or '-'}" for d, _ in acc.unaccounted)
        lines.append("unaccounted by kind/variant: " + ", ".join(
            f"{k} {n}" for k, n in by_kind.most_common()))
        for doc, said in acc.unaccounted[:limit]:
            lines.append(f"  {doc.label()}" + (f" — said: {' | '.join(said)[:300]}"
                                                if said else " — nothing said"))
    if acc.stray_errors:
        lines.append(f"errors naming no expected document: {len(acc.stray_errors)}")
        lines += [f"  {e}" for e in acc.stray_errors[:10]]
    if acc.stray_articles:
        lines.append(f"articles from no expected path: {len(acc.stray_articles)}")
        lines += [f"  {a}" for a in acc.stray_articles[:10]]
    return "\n".join(lines)
