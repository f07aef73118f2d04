"""Fixtures of the grading tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from mockround.grading.docker import DockerSandbox
from mockround.grading.local import LocalSandbox
from mockround.grading.sandbox import Sandbox
from tests.conftest import SANDBOX_IMAGE


@pytest.fixture(params=["local", pytest.param("docker", marks=pytest.mark.docker)])
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """Each sandbox in turn: the local one with bubblewrap, then Docker."""
    if request.param == "docker":
        request.getfixturevalue("docker_image")
        docker = DockerSandbox(SANDBOX_IMAGE)
        yield docker
        docker.close()
    else:
        request.getfixturevalue("bubblewrap")
        yield LocalSandbox(use_bubblewrap=True)
