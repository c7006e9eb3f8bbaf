"""The Ray engine: a coded error without Ray; with Ray (a local cluster of 2 CPUs), the same
exports as a local run, and Parquet shards that `load` folds into the same database."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from importlib import resources

import duckdb
import pytest
from click.testing import CliRunner

from communique.cli import cli


def test_engine_ray_without_ray_is_a_coded_error(write, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray → ImportError
    path = write("a.txt", "Turkey and Greece signed a trade agreement in Ankara.")
    result = CliRunner().invoke(cli, ["run", str(path), "--engine", "ray", "-q"])
    assert result.exit_code == 1
    assert "[E040] The Ray engine needs Ray" in result.output
    assert "pip install 'communique[ray]'" in result.output


def test_load_a_folder_without_shards_is_a_coded_error(tmp_path):
    result = CliRunner().invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert f"[E055] {tmp_path} holds no Parquet shards (no articles/ folder)" in result.output


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                    reason="Ray is not installed: pip install 'communique[ray]'")
def test_engine_ray_gives_the_exports_of_a_local_run_on_the_sample_corpus(tmp_path):
    import pyarrow.parquet as pq

    sample = str(resources.files("communique.data").joinpath("sample"))
    runner = CliRunner()
    local, cluster, loaded = (str(tmp_path / f"{n}.duckdb") for n in ("l", "r", "o"))
    shards = tmp_path / "shards"

    def communique(*args: str) -> str:
        # Each command in a fresh process (as Ray's actors are): this test process has read
        # and coded other tests' articles. `--workers 2`: a local Ray cluster of 2 CPUs.
        return subprocess.run([sys.executable, "-m", "communique", *args], check=True,
                              stderr=subprocess.PIPE, text=True).stderr

    communique("run", sample, "-q", "--db", local, "--workers", "1")
    communique("run", sample, "-q", "--db", cluster, "--engine", "ray", "--workers", "2",
               "--out", str(shards))
    with duckdb.connect(local, read_only=True) as db:
        [(articles, mentions)] = db.execute(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM event_mentions)"
        ).fetchall()
    assert articles == 29
    assert communique("load", str(shards), "--db", loaded).startswith(
        f"29 articles coded, {mentions} event mentions found; new in ")

    def exports(db: str) -> list[list[str]]:
        # Actors with as many mentions come in no set order: compared as sets of lines.
        return [runner.invoke(cli, ["export", "events", "--db", db]).output.splitlines(),
                runner.invoke(cli, ["export", "articles", "--db", db]).output.splitlines(),
                sorted(runner.invoke(cli, ["export", "actors", "--db", db]).output.splitlines())]

    assert len(exports(local)[0]) > 100
    assert exports(local) == exports(cluster) == exports(loaded)
    # The shards are Parquet in the contract's columns, readable by any Parquet reader.
    events = pq.read_table(shards / "events").column_names
    assert events[:3] == ["position", "id", "article_id"]
    assert {"source", "target", "cameo", "sentence", "span", "trigger"} <= set(events)
    assert "articles" in {p.name for p in shards.iterdir()}


def test_shards_give_back_the_coded_articles_they_were_written_from(tmp_path):
    from communique.engines import shards
    from communique.models import Actor, Article, Dropped, Event, Location, Mention

    article = Article(id="a1", document_id="d1", source_path="in.jsonl", part=1,
                      title="Talks", text="Chad met Niger. Both spoke.",
                      published="2024-05-10", date_precision="day", byline=["A. Writer"],
                      dropped=[Dropped("Share this", "page furniture", 0)],
                      sentences=[(0, 15), (16, 27)], raw_hash="h", document_key="in.jsonl#d1")
    chad = Mention("Chad", 0, 4, Actor("Chad", "TCD", "TCD", None, id="x1",
                                       roles=[{"code": "TCD", "start": None, "end": None}]))
    niger = Mention("Niger", 9, 14, Actor("Niger", "NER", "NER", None, id="x2",
                                          aliases=["Republic of Niger"]))
    event = Event(id="e1", article_id="a1", source=[chad], target=[niger], cameo="040",
                  cameo_name="Consult", plover="CONSULT", goldstein=1.0, quad_class=1,
                  sentence="Chad met Niger.", span=(0, 15), date="2024-05-10",
                  date_precision="day", location=Location("N'Djamena", "TCD", 12.1, 15.0),
                  trigger="met")
    bare = Article(id="a2", document_id=None, source_path="in.jsonl", part=1, title=None,
                   text="Nothing happened.", language="fr")
    shards.write(tmp_path, [7, 8], [(article, [chad, niger], [event]), (bare, [], [])], "v1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "events", "mentions"]
    assert list(shards.read(tmp_path)) == [("v1", (article, [chad, niger], [event])),
                                           ("v1", (bare, [], []))]
