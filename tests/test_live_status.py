"""Verdicts reach a watching page by server-sent events, in both modes; a reload shows the true state."""

from __future__ import annotations

import threading
import time

import httpx

from tests.conftest import Server
from tests.test_round_flow import ACCEPTED, start, submit, wait_final


def test_submission_changes_are_streamed(server: Server) -> None:
    with server.client() as client:
        attempt = start(client)
        seen: list[int] = []
        connected = threading.Event()

        def watch() -> None:
            with httpx.stream("GET", f"{server.url}/attempts/{attempt['id']}/live", timeout=30) as response:
                assert response.headers["content-type"].startswith("text/event-stream")
                connected.set()
                event = None
                for line in response.iter_lines():
                    if line.startswith("event: "):
                        event = line.removeprefix("event: ")
                    elif line.startswith("data: ") and event == "submission":
                        seen.append(int(line.removeprefix("data: ")))
                        if seen.count(seen[0]) >= 2:  # running, then judged
                            return

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        assert connected.wait(10)
        time.sleep(0.5)  # let the subscription reach Redis before anything is published
        submission = submit(client, attempt["id"], ACCEPTED)
        watcher.join(timeout=60)
        assert seen and set(seen) == {submission["id"]}
        assert wait_final(client, attempt["id"], submission["id"])["verdict"] == "accepted"
        # The page itself, reloaded, shows the verdict from the database.
        page = client.get(f"/attempts/{attempt['id']}").text
        assert 'data-final="true"' in page
        assert "Accepted" in page


def test_live_stream_for_an_unknown_attempt_is_404(server: Server) -> None:
    with server.client() as client:
        assert client.get("/attempts/no-such-attempt/live").status_code == 404
