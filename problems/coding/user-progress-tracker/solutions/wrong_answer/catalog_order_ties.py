# Breaks ties in top_course by the catalog's order instead of by the smallest id.
class ProgressTracker:
    def __init__(self, courses: dict[str, list[str]]) -> None:
        self.course_of = {lesson: course for course, lessons in courses.items() for lesson in lessons}
        self.lessons = {course: len(lessons) for course, lessons in courses.items()}
        self.order = list(courses)
        self.completed: dict[str, set[str]] = {}
        self.history: dict[str, list[str]] = {}
        self.progress: dict[tuple[str, str], int] = {}
        self.count = dict.fromkeys(courses, 0)

    def _change(self, user, course, delta):
        before = self.progress.get((user, course), 0)
        after = self.progress[(user, course)] = before + delta
        if after == self.lessons[course]:
            self.count[course] += 1
        elif before == self.lessons[course]:
            self.count[course] -= 1

    def complete(self, user, lesson):
        course = self.course_of.get(lesson)
        done = self.completed.setdefault(user, set())
        if course is None or lesson in done:
            return False
        done.add(lesson)
        self.history.setdefault(user, []).append(lesson)
        self._change(user, course, 1)
        return True

    def undo(self, user):
        history = self.history.get(user)
        if not history:
            return None
        lesson = history.pop()
        self.completed[user].remove(lesson)
        self._change(user, self.course_of[lesson], -1)
        return lesson

    def percent(self, user, course):
        return 100 * self.progress.get((user, course), 0) // self.lessons[course]

    def completers(self, course):
        return self.count[course]

    def top_course(self):
        best = max(self.order, key=lambda course: self.count[course])  # first of the best, in catalog order
        return best if self.count[best] > 0 else None
