class ProgressTracker:
    def __init__(self, courses: dict[str, list[str]]) -> None:
        # courses: course id -> its lesson ids
        self.courses = courses

    def complete(self, user: str, lesson: str) -> bool:
        return False

    def undo(self, user: str) -> str | None:
        return None

    def percent(self, user: str, course: str) -> int:
        return 0

    def completers(self, course: str) -> int:
        return 0

    def top_course(self) -> str | None:
        return None
