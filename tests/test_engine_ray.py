"""The Ray engine: a coded error without Ray; with Ray, the same rows as a local run."""

from __future__ import annotations

import importlib.util
import sys

import pytest
from click.testing import CliRunner

from communique.cli import cli
from tests.test_workers import corpus


def test_engine_ray_without_ray_is_a_coded_error(write, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray → ImportError
    path = write("a.txt", "Turkey and Greece signed a trade agreement in Ankara.")
    result = CliRunner().invoke(cli, ["run", str(path), "--engine", "ray", "-q"])
    assert result.exit_code == 1
    assert "[E040] The Ray engine needs Ray" in result.output
    assert "pip install 'communique[ray]'" in result.output


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("ray") is None,
                    reason="Ray is not installed: pip install 'communique[ray]'")
def test_engine_ray_stores_the_same_rows_as_a_local_run(write, tmp_path, nlp):
    paths = [str(p) for p in corpus(write, copies=1)]
    runner = CliRunner()
    exports = {}
    for engine in ("local", "ray"):
        db = str(tmp_path / f"{engine}.duckdb")
        result = runner.invoke(cli, ["run", *paths, "--db", db, "-q", "--engine", engine,
                                     "--workers", "1" if engine == "local" else "2"])
        assert result.exit_code == 0, result.output
        exports[engine] = [runner.invoke(cli, ["export", kind, "--db", db]).output
                           for kind in ("events", "articles")]
    assert exports["local"][0].count("\n") >= 3
    assert exports["local"] == exports["ray"]
