"""Domain errors a user can meet, each with a message a person can act on."""

from __future__ import annotations


class MockroundError(Exception):
    status_code = 400

    def __init__(self, message: str, status_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if status_code is not None:
            self.status_code = status_code


class NotFound(MockroundError):
    status_code = 404


class Forbidden(MockroundError):
    """Something this person may not do this way, such as starting an invitation-only round without one."""

    status_code = 403


class InvalidInput(MockroundError):
    status_code = 422


class RoundClosed(MockroundError):
    """An answer or submission that arrived after the attempt ended."""

    status_code = 409


class ServiceUnavailable(MockroundError):
    status_code = 503


class RoundStillOpen(MockroundError):
    status_code = 409


class TooManyRequests(MockroundError):
    """Run or Submit pressed faster than the round allows; `retry_after` is the wait in seconds."""

    status_code = 429

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
