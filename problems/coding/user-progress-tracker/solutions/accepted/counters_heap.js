// A binary min-heap of [-completers, course]; stale entries are skipped when they reach the top.
class MinHeap {
  constructor(less) {
    this.items = [];
    this.less = less;
  }

  push(item) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop() {
    const a = this.items;
    const last = a.pop();
    if (a.length === 0) return;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && this.less(a[l], a[m])) m = l;
      if (r < a.length && this.less(a[r], a[m])) m = r;
      if (m === i) break;
      [a[i], a[m]] = [a[m], a[i]];
      i = m;
    }
  }

  peek() {
    return this.items[0];
  }

  get size() {
    return this.items.length;
  }
}

class ProgressTracker {
  constructor(courses) {
    this.courseOf = new Map();
    this.lessons = new Map();
    this.completerCount = new Map();
    for (const [course, lessons] of Object.entries(courses)) {
      this.lessons.set(course, lessons.length);
      this.completerCount.set(course, 0);
      for (const lesson of lessons) this.courseOf.set(lesson, course);
    }
    this.completed = new Map(); // user -> Set of lessons
    this.history = new Map(); // user -> stack of lessons
    this.progress = new Map(); // user + "\n" + course -> completed lessons
    this.heap = new MinHeap((x, y) => (x[0] !== y[0] ? x[0] < y[0] : x[1] < y[1]));
  }

  change(user, course, delta) {
    const key = user + "\n" + course;
    const before = this.progress.get(key) || 0;
    const after = before + delta;
    this.progress.set(key, after);
    const total = this.lessons.get(course);
    if (before === total || after === total) {
      const count = this.completerCount.get(course) + (after === total ? 1 : -1);
      this.completerCount.set(course, count);
      this.heap.push([-count, course]);
    }
  }

  complete(user, lesson) {
    const course = this.courseOf.get(lesson);
    if (course === undefined) return false;
    let done = this.completed.get(user);
    if (!done) {
      done = new Set();
      this.completed.set(user, done);
      this.history.set(user, []);
    }
    if (done.has(lesson)) return false;
    done.add(lesson);
    this.history.get(user).push(lesson);
    this.change(user, course, 1);
    return true;
  }

  undo(user) {
    const history = this.history.get(user);
    if (!history || history.length === 0) return null;
    const lesson = history.pop();
    this.completed.get(user).delete(lesson);
    this.change(user, this.courseOf.get(lesson), -1);
    return lesson;
  }

  percent(user, course) {
    const done = this.progress.get(user + "\n" + course) || 0;
    return Math.floor((100 * done) / this.lessons.get(course));
  }

  completers(course) {
    return this.completerCount.get(course);
  }

  top_course() {
    while (this.heap.size > 0) {
      const [negCount, course] = this.heap.peek();
      if (-negCount === this.completerCount.get(course)) break;
      this.heap.pop();
    }
    if (this.heap.size === 0 || this.heap.peek()[0] === 0) return null;
    return this.heap.peek()[1];
  }
}
