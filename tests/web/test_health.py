"""Liveness and readiness, including a named failing part."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from mockround.core.settings import Settings, get_settings
from mockround.web.app import create_app
from tests.conftest import free_port


async def get(settings: Settings, path: str) -> httpx.Response:
    app = create_app(settings)
    app.dependency_overrides[get_settings] = lambda: settings
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        return await client.get(path)


async def test_healthz(tmp_path: Path) -> None:
    response = await get(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}"), "/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_readyz_with_a_working_database(tmp_path: Path) -> None:
    response = await get(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}"), "/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok"}


@pytest.mark.redis
async def test_readyz_checks_redis(tmp_path: Path, redis_url: str) -> None:
    response = await get(
        Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}", redis_url=redis_url), "/readyz"
    )
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "redis": "ok"}


async def test_readyz_names_what_is_down(tmp_path: Path) -> None:
    closed = f"redis://127.0.0.1:{free_port()}/0"
    response = await get(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}", redis_url=closed), "/readyz")
    assert response.status_code == 503
    assert response.json()["failing"] == ["redis"]


async def test_openapi_describes_the_api(tmp_path: Path) -> None:
    response = await get(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}"), "/openapi.json")
    paths = response.json()["paths"]
    assert "/api/v1/attempts" in paths
    assert "/api/v1/attempts/{attempt_id}/submissions/{submission_id}" in paths
    assert not any(path.startswith("/attempts") for path in paths)  # pages stay out of the API description
