"""Request body size limit, checked on Content-Length and on the bytes actually received."""

from __future__ import annotations

import json
from typing import Any

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


def too_large(limit: int) -> HTTPException:
    return HTTPException(
        413,
        f"request body larger than {limit} bytes; "
        "send a shorter text or raise [api] max_body_bytes",
    )


async def send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware: 413 before reading when Content-Length is too big, and 413 as soon as
    a streamed (chunked) body passes the limit."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await send_error(send, 400, "Content-Length is not a number")
                return
            if size > self.max_bytes:
                await send_error(send, 413, str(too_large(self.max_bytes).detail))
                return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message: dict[str, Any] = dict(await receive())
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    # An HTTPException passes through FastAPI's body parsing untouched and is
                    # answered by the app's handler as JSON.
                    raise too_large(self.max_bytes)
            return message

        await self.app(scope, limited, send)
