"""Reading the user-editable JSON Lines files (knowledge base, patterns) with validation at
the edge: one pydantic model a line, unknown keys refused, the bad line named in E016."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from communique.errors import CommuniqueError

Model = TypeVar("Model", bound=BaseModel)


def record_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) of each record of a JSON Lines text: blank lines and `#` comments
    are skipped."""
    return [(n, line) for n, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.lstrip().startswith("#")]


def read_models(path: str | Path, model: type[Model], text: str | None = None) -> list[Model]:
    """The file's records as `model`s; blank lines and `#` comments are skipped.

    Args:
        path: the file (named in messages).
        model: the pydantic model of one line.
        text: the file's text when already read (packaged data).
    Returns:
        The validated records, in file order.
    """
    text = Path(path).read_text(encoding="utf-8") if text is None else text
    numbered = record_lines(text)
    try:  # one call into pydantic-core for the whole file: the common, valid case
        return TypeAdapter(list[model]).validate_json(  # type: ignore[valid-type]
            "[" + ",".join(line for _, line in numbered) + "]")
    except ValidationError:
        pass  # find and name the bad line below
    for number, line in numbered:
        try:
            model.model_validate(json.loads(line))
        except json.JSONDecodeError as exc:
            raise CommuniqueError("E016", path=str(path),
                                  detail=f"line {number}: {exc.msg}") from exc
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(map(str, err["loc"])) or "record"
            raise CommuniqueError("E016", path=str(path),
                                  detail=f"line {number}: {where}: {err['msg']}") from exc
    raise CommuniqueError("E016", path=str(path), detail="not JSON Lines")
