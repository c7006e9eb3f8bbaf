from __future__ import annotations

import pytest
from click.testing import CliRunner

from communique.cli import cli

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
