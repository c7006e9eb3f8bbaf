"""Coded errors, searchable by code: every message says what went wrong and how to fix it."""

from __future__ import annotations

from typing import Any



class Codes:
    """Message templates; `{}` fields are filled by `CommuniqueError.__init__`."""

    E001 = "No such file or directory: {path} — check the path, or pass `-` to read stdin"
    E002 = ("{path} looks binary ({kind}), not text — pass news as .txt, .html, .jsonl, .json, "
            ".csv or an RSS/Atom .xml file")
    E003 = ("The English spaCy pipeline is not installed — run `make demo` or "
            "`pip install -e .` again")
    E004 = "{path} is empty — nothing to read; remove it or fill it"
    E005 = ("{path} is not valid text in any encoding tried ({detail}) — re-save it as UTF-8")
    E006 = ("{path} line {line}: malformed JSON ({detail}) — fix the line; one JSON object a "
            "line, with a \"text\" field")
    E007 = ("{path} line {line}: no article text (expected a \"text\", \"body\" or \"content\" "
            "field) — add the article's text to the record")
    E008 = ("{path}: unknown file type {suffix!r} — pass .txt, .html, .htm, .jsonl, .json, .csv, "
            ".xml (RSS/Atom), .gz or .zip")
    E009 = ("{path} is {size} bytes, over the limit of {limit} — raise it with "
            "`--max-bytes` or split the file")
    E010 = "Nothing could be read from the inputs given — see the messages above for each one"
    E011 = "Cannot open the database {path} ({detail}) — check the path, or that no other " \
           "process is writing to it"
    E012 = ("{path}: archive member {member} could not be read ({detail}) — the rest of the "
            "archive is read; repair or remove that member")
    E013 = ("{path} is not a valid {kind} file ({detail}) — check that it is not truncated")
    E014 = ("{path}: no articles left after cleaning ({dropped} lines dropped as page furniture) "
            "— check that the file holds article text; the dropped lines are not stored")
    E015 = "No event with id {id!r} in {db} — list events with `communique events`"
    E016 = ("{path}: invalid knowledge-base or pattern file ({detail}) — fix the entry; the "
            "format is documented in communique/kb/schema.py (actors) and "
            "communique/nlp/patterns.py (patterns)")
    E017 = "Unknown export kind {kind!r} — use articles, events or actors"
    W001 = ("{path} is not valid UTF-8; read it as {encoding} — re-save it as UTF-8 if any "
            "characters look wrong")
    E018 = "Unknown format {format!r} for {kind} — use one of: {choices}"
    E019 = ("{path} is not a regular file ({kind}) — pass files or directories; FIFOs, devices "
            "and sockets are not read")
    E020 = "{path} could not be read ({detail}) — check its permissions, then run again"
    E021 = ("{path} is a link that leads nowhere readable ({detail}) — fix or remove the link, "
            "or pass its target")
    E022 = ("{path}: archive member {member!r} has an unsafe name (absolute, or climbing out with "
            "'..') — it was skipped; rename it inside the archive")
    E024 = ("{path} line {line}: the {field!r} field holds {kind}, not text — give the article's "
            "text as a string")
    E025 = ("Writing to {db} failed ({detail}) — free disk space or fix the file, then run "
            "again; the batches written before are kept")
    E026 = ("{path}: one document could not be {stage} ({detail}) — {outcome} and the run went "
            "on; please report this with the document")
    E027 = ("The query string is {size} bytes, over the limit of {limit} — shorten the filters")
    E028 = ("{path} is a news gold file, which holds offsets into article texts but not the texts "
            "({detail}) — pass the articles with `--texts`, e.g. `communique eval {path} --texts "
            "dev_news.jsonl`")
    E070 = ("{path}: invalid lexicon file ({detail}) — fix the entry; the entries and their "
            "shapes are documented in communique/nlp/lexicon.py")
    W002 = ("{path}{where}: publication date {value!r} is not a real date between 1900 and "
            "{last} — ignored, the article is kept; fix the date in the input")
    W003 = ("{path} mixes encodings: {lines} lines are not UTF-8 and were read as cp1252 — "
            "re-save it as UTF-8 if any characters look wrong")
    W004 = ("{path}: {runs} over-long runs were cut (one character repeated more than {cap} "
            "times is cut to {cap}; text without spaces to its first {chunk} characters) — the "
            "cut text is listed in the article's dropped lines")
    E029 = ("{path} is not news ({kind}) — it was skipped; move it out of the input folder, or "
            "pass it by name to read it as an article")
    W005 = ("{path}: an article of {size} characters is over the limit of {limit} for one "
            "document — it was coded in {parts} parts split at paragraph breaks")
    E030 = ("{options} filter events, not {kind} — leave them out, or export events")
    E031 = ("{option} {value!r} is not a date — give YYYY, YYYY-MM or YYYY-MM-DD, e.g. "
            "{option} 2024-03")
    E032 = ("{option} {value!r} is not a country — give a CAMEO code or a name, e.g. IRQ or "
            "Iraq (a dyad is two of them: IRN-IRQ)")
    E033 = "--root {value!r} is not a CAMEO root — give 01 to 20, e.g. --root 19"
    E034 = "--code {value!r} is not a CAMEO code — give 2 to 4 digits, e.g. --code 042"
    E035 = "--limit and --offset take a whole number, 1 or more for --limit, not {value!r}"
    E037 = ("No actor in {db} has {actor!r} in its name or code — list them with `communique "
            "actors --db {db}`, or look a name up with `communique actors --name`")
    E050 = ("{option} {value!r} is not allowed — give {allowed}")
    E036 = ("{path} stayed locked by another process for {wait:g} s — a run releases it between "
            "batches; if nothing is running, a process that holds it open (a Python session?) "
            "must close it")
    E060 = ("No event in {db} matches the report's filters ({filters}) — widen them (an earlier "
            "--since, a country instead of a dyad), or list what is there with `communique "
            "events`")
    E061 = ("`eval --reviews` scores the reviews kept beside --db, not {given} — leave out "
            "{given}, or leave out --reviews to score the coder on a gold file")
    E062 = ("`eval` needs a gold file to score the coder on, or --reviews to score the "
            "analysts' verdicts — e.g. `communique eval gold.jsonl` or `communique eval "
            "--reviews --db events.duckdb`")
    E039 = ("--workers {value!r} is not a number of processes — give 1 or more (1 codes in this "
            "process; the default is the machine's cores, here {cores})")
    E040 = ("The Ray engine needs Ray, which is not installed ({detail}) — run "
            "`pip install 'communique[ray]'`, or leave out --engine ray to run locally")
    E055 = ("{folder} holds no Parquet shards (no articles/ folder) — give the folder a Ray run "
            "wrote with `communique run --engine ray --out FOLDER`")


# What became of a document that failed in a stage (E026).
OUTCOMES = {"read": "it was skipped", "cleaned": "it was skipped",
            "coded": "its text was stored without events", "stored": "it was not stored"}


class CommuniqueError(Exception):
    """An error with a code (`[E004] …`); the message names the fix."""

    def __init__(self, code: str, **fields: object) -> None:
        self.code = code
        self.fields = fields
        template = getattr(Codes, code)
        super().__init__(f"[{code}] " + template.format(**fields))

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled by code and fields (errors come back from worker processes).
        return _rebuild, (type(self), self.code, self.fields)


def _rebuild(cls: type[CommuniqueError], code: str, fields: dict[str, Any]) -> CommuniqueError:
    return cls(code, **fields)


class InputError(CommuniqueError):
    """One input (file, line, archive member) could not be read; the run goes on."""


class InputNotice(InputError):
    """An input was read, but not as given (e.g. decoded from cp1252); the user should know."""


class PipelineMissing(CommuniqueError):
    """The spaCy model is not installed."""


class FilterError(CommuniqueError, ValueError):
    """A query filter has a value that cannot mean anything (a bad date, an unknown country)."""


class StoreError(CommuniqueError):
    """The database could not be opened or written."""


def document_failed(path: str, stage: str, exc: BaseException) -> InputError:
    """E026: one document failed in `stage` for a reason no rule foresaw; the run goes on."""
    detail = (str(exc).strip().splitlines() or [""])[0][:200]
    return InputError("E026", path=path, stage=stage, outcome=OUTCOMES[stage],
                      detail=f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__)
