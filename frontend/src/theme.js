// Light and dark themes: the system's choice unless the candidate picks one with the header's toggle,
// which is remembered in localStorage. base.html's inline script applies a remembered choice before the
// first paint; this module keeps the toggle in step and gives CodeMirror colours that follow the theme.
import { EditorView } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import { readStored, writeStored } from "./storage.js";

const STORAGE_KEY = "mockround-theme";
const systemDark = window.matchMedia("(prefers-color-scheme: dark)");

function chosenTheme() {
  const stored = readStored(STORAGE_KEY); // null when none is chosen or storage is blocked: the system's
  return stored === "dark" || stored === "light" ? stored : null;
}

export function currentTheme() {
  return chosenTheme() || (systemDark.matches ? "dark" : "light");
}

function showState() {
  const dark = currentTheme() === "dark";
  for (const button of document.querySelectorAll("[data-theme-toggle]")) {
    button.setAttribute("aria-pressed", String(dark));
  }
}

function setTheme(theme) {
  document.documentElement.dataset.theme = theme;
  writeStored(STORAGE_KEY, theme);
  showState();
}

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("[data-theme-toggle]");
  if (button) setTheme(currentTheme() === "dark" ? "light" : "dark");
});
// Another tab changed the theme, or the system did while no choice is stored.
window.addEventListener("storage", (event) => {
  if (event.key !== STORAGE_KEY) return;
  const theme = chosenTheme();
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  showState();
});
systemDark.addEventListener("change", showState);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showState);
else showState();

// The editor's colours are CSS variables (app.css sets them per theme), so a switch needs no reconfiguring.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword], color: "var(--cm-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp], color: "var(--cm-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--cm-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment], color: "var(--cm-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: "var(--cm-function)" },
  { tag: [t.definition(t.variableName), t.definition(t.propertyName)], color: "var(--cm-definition)" },
  { tag: [t.typeName, t.className, t.namespace], color: "var(--cm-type)" },
  { tag: [t.propertyName, t.attributeName], color: "var(--cm-property)" },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--cm-punctuation)" },
  { tag: [t.self, t.special(t.variableName)], color: "var(--cm-keyword)" },
  { tag: t.invalid, color: "var(--bad)" },
]);

const chrome = EditorView.theme({
  "&": { backgroundColor: "var(--panel)", color: "var(--text)" },
  ".cm-content": { caretColor: "var(--text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--text)" },
  "&.cm-focused .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection": {
    backgroundColor: "var(--cm-selection) !important",
  },
  ".cm-gutters": { backgroundColor: "var(--code-bg)", color: "var(--muted)", borderRight: "1px solid var(--line)" },
  ".cm-activeLine": { backgroundColor: "var(--cm-active-line)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--cm-active-line)", color: "var(--text)" },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "var(--cm-match)", outline: "none" },
  ".cm-searchMatch": { backgroundColor: "var(--cm-match)" },
  ".cm-tooltip, .cm-panels": { backgroundColor: "var(--panel)", color: "var(--text)", borderColor: "var(--line)" },
  ".cm-tooltip-autocomplete ul li[aria-selected]": { backgroundColor: "var(--accent)", color: "var(--accent-text)" },
});

/** CodeMirror extensions that colour the editor from the page's theme. */
export function editorTheme() {
  return [chrome, syntaxHighlighting(highlight)];
}
