import heapq


class ProgressTracker:
    """Counts per (user, course) and completers per course; a heap of (-completers, course) with
    stale entries skipped when they reach the top."""

    def __init__(self, courses: dict[str, list[str]]) -> None:
        self.course_of: dict[str, str] = {}
        self.lessons: dict[str, int] = {}
        for course, lessons in courses.items():
            self.lessons[course] = len(lessons)
            for lesson in lessons:
                self.course_of[lesson] = course
        self.completed: dict[str, set[str]] = {}
        self.history: dict[str, list[str]] = {}
        self.progress: dict[tuple[str, str], int] = {}
        self.completer_count: dict[str, int] = dict.fromkeys(courses, 0)
        self.heap: list[tuple[int, str]] = []

    def _change(self, user: str, course: str, delta: int) -> None:
        key = (user, course)
        before = self.progress.get(key, 0)
        after = self.progress[key] = before + delta
        total = self.lessons[course]
        if before == total or after == total:  # entered or left the completers
            self.completer_count[course] += 1 if after == total else -1
            heapq.heappush(self.heap, (-self.completer_count[course], course))

    def complete(self, user: str, lesson: str) -> bool:
        course = self.course_of.get(lesson)
        if course is None:
            return False
        done = self.completed.setdefault(user, set())
        if lesson in done:
            return False
        done.add(lesson)
        self.history.setdefault(user, []).append(lesson)
        self._change(user, course, 1)
        return True

    def undo(self, user: str) -> str | None:
        history = self.history.get(user)
        if not history:
            return None
        lesson = history.pop()
        self.completed[user].remove(lesson)
        self._change(user, self.course_of[lesson], -1)
        return lesson

    def percent(self, user: str, course: str) -> int:
        return 100 * self.progress.get((user, course), 0) // self.lessons[course]

    def completers(self, course: str) -> int:
        return self.completer_count[course]

    def top_course(self) -> str | None:
        heap = self.heap
        while heap and -heap[0][0] != self.completer_count[heap[0][1]]:
            heapq.heappop(heap)
        if not heap or heap[0][0] == 0:
            return None
        return heap[0][1]
