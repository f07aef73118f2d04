"""Liveness and readiness."""

from __future__ import annotations

import redis.asyncio as aioredis
from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from mockround.core.db import async_engine
from mockround.core.deps import SettingsDep

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "A dependency is down; `failing` names it."}})
async def readyz(settings: SettingsDep) -> JSONResponse:
    checks: dict[str, str] = {}
    try:
        async with async_engine(settings.database_url).connect() as connection:
            await connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as exc:
        checks["database"] = f"unreachable: {exc.__class__.__name__}"
    if settings.redis_url:
        client = aioredis.Redis.from_url(settings.redis_url, socket_connect_timeout=2, socket_timeout=2)
        try:
            await client.ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"unreachable: {exc.__class__.__name__}"
        finally:
            await client.aclose()
    failing = [name for name, state in checks.items() if state != "ok"]
    if failing:
        return JSONResponse({"status": "unavailable", "failing": failing, "checks": checks}, status_code=503)
    return JSONResponse({"status": "ready", "checks": checks})
