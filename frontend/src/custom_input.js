// A coding problem's "Custom input" box. Run sends it only while the box is open: a closed box's textarea
// is disabled, so the form leaves it out. Its text and whether it is open are kept in this browser, per
// attempt and problem, so that a reload does not lose what the candidate typed.
import { readJson, writeJson } from "./storage.js";

const localKey = (key) => `mockround:custom-input:${key}`;

function restore(details, text, key) {
  // Nothing kept, or storage blocked: the box starts closed, with the first sample's input.
  const saved = readJson(key, null);
  if (saved && typeof saved.text === "string") {
    text.value = saved.text;
    details.open = Boolean(saved.open);
  }
}

// Ctrl/Cmd + Enter, in the editor or in this box: what the problem's Run button does.
export function runSamples(element) {
  element.closest("form")?.querySelector("[data-run]")?.click();
}

export function attachCustomInput(details) {
  const text = details.querySelector("textarea");
  const key = localKey(details.dataset.key);
  restore(details, text, key);
  const remember = () => writeJson(key, { text: text.value, open: details.open });
  const sync = () => {
    text.disabled = !details.open;
  };
  details.addEventListener("toggle", () => {
    sync();
    remember();
  });
  text.addEventListener("input", remember);
  text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      runSamples(details);
    }
  });
  sync();
}
