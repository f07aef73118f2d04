"""A candidate's round leaves its timeline, in both modes, through the real server (and, in service mode,
the Redis stream and the worker's consumer): the server's own events in the transactions of the actions
they record, the page's events through the events endpoint."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid

from sqlalchemy import create_engine, text

from tests.conftest import Server
from tests.test_round_flow import ACCEPTED, WRONG, start, submit, wait_final

Timeline = list[tuple[str, dict[str, object]]]


def timeline(server: Server, attempt: str) -> Timeline:
    engine = create_engine(server.database_url.replace("+aiosqlite", ""))
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT kind, payload FROM events WHERE attempt_id = :id ORDER BY at, kind"),
                {"id": attempt},
            ).all()
    finally:
        engine.dispose()
    return [(kind, payload if isinstance(payload, dict) else json.loads(payload)) for kind, payload in rows]


def timeline_with(server: Server, attempt: str, kinds: set[str], seconds: float = 30) -> Timeline:
    """The attempt's timeline once it holds events of all these kinds, or as it is after `seconds`: in
    service mode events reach Postgres through the Redis stream and the worker's consumer, a moment later."""
    deadline = time.monotonic() + seconds
    while True:
        events = timeline(server, attempt)
        if kinds <= {kind for kind, _ in events} or time.monotonic() > deadline:
            return events
        time.sleep(0.3)


def test_a_round_leaves_its_timeline(server: Server) -> None:
    with server.client() as client:
        attempt = start(client)
        key = attempt["sections"][0]["items"][0]["key"]
        for choice in (0, 1):
            saved = client.put(f"/api/v1/attempts/{attempt['id']}/answers/{key}", json={"choice": choice})
            assert saved.status_code == 200, saved.text
        ran = submit(client, attempt["id"], WRONG, purpose="run")["id"]
        submitted = submit(client, attempt["id"], ACCEPTED)["id"]
        for submission in (ran, submitted):
            wait_final(client, attempt["id"], submission)

        hidden = str(uuid.uuid4())
        now = dt.datetime.now(dt.UTC)
        page = {
            "sent_at": now.isoformat(),
            "events": [
                {"id": hidden, "kind": "page_hidden", "at": now.isoformat()},
                {"id": str(uuid.uuid4()), "kind": "paste", "at": now.isoformat(), "payload": {"chars": 900}},
                # A page may not forge what only the server establishes.
                {"id": str(uuid.uuid4()), "kind": "verdict", "at": now.isoformat()},
            ],
        }
        reply = client.post(f"/api/v1/attempts/{attempt['id']}/events", json=page)
        assert reply.status_code == 200, reply.text
        assert (reply.json()["accepted"], reply.json()["refused"]) == (2, 1)
        assert "recorded by the server" in reply.json()["errors"][0]["reason"]
        # Sent again (the page never saw the reply): stored once.
        assert client.post(f"/api/v1/attempts/{attempt['id']}/events", json=page).status_code == 200

    events = timeline_with(server, attempt["id"], {"page_hidden", "paste"})
    kinds = [kind for kind, _ in events]
    assert kinds.count("attempt_started") == 1
    assert kinds.count("answer_saved") == 2
    assert kinds.count("code_run") == 1
    assert kinds.count("submitted") == 1
    assert kinds.count("verdict") == 2
    assert kinds.count("page_hidden") == 1
    assert kinds.count("paste") == 1
    assert len(kinds) == 9, kinds
    verdicts = {payload["submission"]: payload["verdict"] for kind, payload in events if kind == "verdict"}
    assert verdicts == {ran: "wrong_answer", submitted: "accepted"}
    answers = [payload["choice"] for kind, payload in events if kind == "answer_saved"]
    assert answers == [[0], [1]]
