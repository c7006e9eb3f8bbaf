"""Serving the app with uvicorn, so that even requests uvicorn refuses itself are answered in
the app's error shape `{"ok": false, "error", "errors", "status"}`.

A request whose head (request line and headers) is too long for h11 to parse never reaches
the app: uvicorn answers it with a plain-text "400 Invalid HTTP request received." This
happens when the head does not arrive in one read and is over h11's buffer (16 KiB), which
in practice means query strings of a few hundred KiB. `ErrorShapeH11` answers such requests
in the error shape instead: 414 with E027 when the request line is what is too long, 400
otherwise. Shorter over-long query strings reach the app, whose own check (`MAX_QUERY` in
`communique/web/app.py`) answers 414 with E027 too.
"""

from __future__ import annotations

import json
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from communique.errors import CommuniqueError
from communique.web.app import MAX_QUERY, SECURITY_HEADERS


class ErrorShapeH11(H11Protocol):
    """uvicorn's h11 protocol, with its plain-text 400 replaced by the error shape."""

    def send_400_response(self, msg: str) -> None:
        buffered, _ = self.conn.trailing_data
        line, crlf, _ = buffered.partition(b"\r\n")
        _, mark, query = line.partition(b"?")
        if not crlf and mark and len(query) > MAX_QUERY:  # the request line never ended
            status = 414
            error = str(CommuniqueError("E027", size=f"at least {len(query)}", limit=MAX_QUERY))
        else:
            status, error = 400, f"{msg} — check the request line and headers"
        body = json.dumps({"ok": False, "error": error, "errors": [error], "status": status})
        headers = [(b"content-type", b"application/json"), (b"connection", b"close"),
                   *((k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]
        for event in (h11.Response(status_code=status, headers=headers),
                      h11.Data(data=body.encode()), h11.EndOfMessage()):
            self.transport.write(self.conn.send(event))
        self.transport.close()


# uvicorn.run / uvicorn.Config options for serving the app.
UVICORN: dict[str, Any] = {"http": ErrorShapeH11, "log_level": "warning"}
