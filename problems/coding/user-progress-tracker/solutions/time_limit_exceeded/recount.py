# Stores only each user's completed lessons and recomputes every answer from them on demand.
class ProgressTracker:
    def __init__(self, courses: dict[str, list[str]]) -> None:
        self.courses = courses
        self.known = {lesson for lessons in courses.values() for lesson in lessons}
        self.completed: dict[str, list[str]] = {}  # user -> lessons, in the order completed

    def complete(self, user, lesson):
        done = self.completed.setdefault(user, [])
        if lesson not in self.known or lesson in done:
            return False
        done.append(lesson)
        return True

    def undo(self, user):
        done = self.completed.get(user)
        return done.pop() if done else None

    def percent(self, user, course):
        done = set(self.completed.get(user, []))
        lessons = self.courses[course]
        return 100 * sum(1 for lesson in lessons if lesson in done) // len(lessons)

    def completers(self, course):
        lessons = self.courses[course]
        return sum(1 for done in self.completed.values() if all(lesson in done for lesson in lessons))

    def top_course(self):
        best, best_count = None, 0
        for course in sorted(self.courses):
            count = self.completers(course)
            if count > best_count:
                best, best_count = course, count
        return best
