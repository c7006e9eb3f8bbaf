from __future__ import annotations

import importlib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from communique.cli import cli, with_user_files
from communique.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = sorted(cli.commands)


def test_docs_every_command_is_known():
    assert set(COMMANDS) >= {"run", "export", "demo", "eval", "actors", "events", "articles",
                             "show", "timeline", "stats"}


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert f"communique {name}" in result.output


def test_docs_every_setting_is_in_help_settings_and_the_readme():
    shown = CliRunner().invoke(cli, ["--help-settings"]).output
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [s.name for s in SETTINGS if f"  {s.name} " not in shown] == []
    assert [s.name for s in SETTINGS if f"`{s.name}`" not in readme] == []


def test_docs_command_options_take_their_defaults_from_the_settings():
    by_name = {s.name: s.default for s in SETTINGS}
    found = {}
    for command in _commands(cli):
        for param in command.params:
            if param.name in by_name:
                found[(command.name, param.name)] = param.default
    assert {k: v for k, v in found.items() if by_name[k[1]] != v} == {}
    assert {name for _, name in found} == {"db", "max_bytes", "batch_size", "workers", "host",
                                          "port"}


def _commands(group: click.Group):
    for command in group.commands.values():
        yield command
        if isinstance(command, click.Group):
            yield from _commands(command)


def test_docs_files_in_communique_home_are_added_to_every_run(tmp_path, monkeypatch):
    home = tmp_path / "mine"
    (home / "patterns").mkdir(parents=True)
    (home / "patterns" / "b.jsonl").write_text("", encoding="utf-8")
    (home / "patterns" / "a.jsonl").write_text("", encoding="utf-8")
    (home / "patterns" / "notes.txt").write_text("", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_HOME", str(home))
    assert with_user_files(("k.jsonl",), ("given.jsonl",)) == (
        ("k.jsonl",), (str(home / "patterns" / "a.jsonl"), str(home / "patterns" / "b.jsonl"),
                       "given.jsonl"))


def test_docs_every_package_names_what_may_be_changed_there_and_is_in_the_readme():
    import communique

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    packages = sorted(p.parent.name for p in (ROOT / "communique").glob("*/__init__.py"))
    assert len(packages) >= 9
    without = [name for name in packages
               if "Change here" not in (importlib.import_module(f"communique.{name}").__doc__
                                        or "")]
    assert without == []
    assert [name for name in packages if name != "data" and f"`{name}/`" not in readme] == []
    assert communique.__doc__
