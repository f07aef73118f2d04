// A question section's map and pages: the map shows which questions are answered and flagged and jumps
// to one; a section laid out one question at a time shows only the current question, with Previous and
// Next, and remembers it in the address (#q-N) so a reload comes back to it.

function markMap(container, question) {
  const link = container.querySelector(`[data-map-for="${question.id}"]`);
  if (!link) return;
  const answered = [...question.querySelectorAll("input[name=choice]")].some((input) => input.checked) ||
    [...question.querySelectorAll("textarea[name=text]")].some((area) => area.value.trim() !== "");
  const flagged = question.querySelector("[data-flag]")?.checked ?? false;
  link.classList.toggle("answered", answered);
  link.classList.toggle("flagged", flagged);
  const states = [answered ? "answered" : "not answered", flagged ? "flagged for review" : ""].filter(Boolean);
  link.title = `Question ${link.textContent.trim()}, ${states.join(", ")}`;
}

export function attachQuestions(container) {
  const questions = [...container.querySelectorAll("[data-question]")];
  questions.forEach((question) => {
    question.addEventListener("change", () => markMap(container, question));
    question.addEventListener("input", () => markMap(container, question));
  });
  if (!container.hasAttribute("data-paged") || questions.length === 0) return;

  const position = container.querySelector("[data-page-position]");
  const previous = container.querySelector("[data-page=previous]");
  const next = container.querySelector("[data-page=next]");
  let current = 0;

  const show = (index, focus) => {
    current = Math.max(0, Math.min(questions.length - 1, index));
    questions.forEach((question, at) => {
      question.hidden = at !== current;
    });
    container.querySelectorAll("[data-map-for]").forEach((link) => {
      const on = link.dataset.mapFor === questions[current].id;
      link.classList.toggle("current", on);
      if (on) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
    position.textContent = `Question ${current + 1} of ${questions.length}`;
    previous.disabled = current === 0;
    next.disabled = current === questions.length - 1;
    if (focus) questions[current].querySelector("input, textarea")?.focus();
  };

  const fromHash = () => {
    const index = questions.findIndex((question) => `#${question.id}` === window.location.hash);
    return index >= 0 ? index : null;
  };
  const go = (index) => {
    show(index, true);
    history.replaceState(null, "", `#${questions[current].id}`);
  };

  previous.addEventListener("click", () => go(current - 1));
  next.addEventListener("click", () => go(current + 1));
  container.querySelectorAll("[data-map-for]").forEach((link, index) => {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go(index);
    });
  });
  window.addEventListener("hashchange", () => {
    const index = fromHash();
    if (index !== null) show(index, false);
  });
  show(fromHash() ?? 0, false);
}
