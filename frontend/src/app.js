// mockround's browser code: htmx for server round-trips, CodeMirror for code, the round's timer.
import htmx from "htmx.org";
import { basicSetup } from "codemirror";
import { EditorView, keymap } from "@codemirror/view";
import { Compartment, Prec } from "@codemirror/state";
import { python } from "@codemirror/lang-python";
import { javascript } from "@codemirror/lang-javascript";
import { cpp } from "@codemirror/lang-cpp";
import { java } from "@codemirror/lang-java";
import { go } from "@codemirror/lang-go";
import { startTimeline } from "./timeline.js";
import { attachDrafts } from "./drafts.js";
import { editorTheme } from "./theme.js";
import { startTimer } from "./timer.js";
import { attachQuestions } from "./sections.js";
import { attachVim, vimExtension } from "./vim.js";
import { attachCustomInput, runSamples } from "./custom_input.js";

window.htmx = htmx;

// Domain errors come back as 4xx fragments that say what went wrong: show them in place.
htmx.config.responseHandling = [
  { code: "204", swap: false },
  { code: "[23]..", swap: true },
  { code: "4..", swap: true, error: false },
  { code: "5..", swap: true, error: true },
  { code: "...", swap: false },
];

const LANGUAGE_SUPPORT = { python, javascript, cpp, java, go };

function support(mode) {
  const make = LANGUAGE_SUPPORT[mode];
  return make ? make() : [];
}

function mountEditor(textarea) {
  const form = textarea.closest("form");
  const select = form?.querySelector("select[name=language]");
  const starters = JSON.parse(textarea.dataset.starters || "{}");
  const highlighting = new Compartment();
  const runShortcut = Prec.highest(
    keymap.of([
      {
        key: "Mod-Enter",
        run: () => {
          runSamples(textarea);
          return true;
        },
      },
    ]),
  );
  let drafts = null;
  let replacing = false;
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      vimExtension(),
      basicSetup,
      // An attribute, not classList.add: CodeMirror rewrites its own classes when it is reconfigured.
      EditorView.editorAttributes.of({ class: "editor" }),
      editorTheme(),
      runShortcut,
      highlighting.of(support(textarea.dataset.editor)),
      EditorView.updateListener.of((update) => {
        if (!update.docChanged) return;
        textarea.value = update.state.doc.toString();
        if (!replacing) drafts?.changed();
      }),
    ],
  });
  textarea.hidden = true;
  textarea.insertAdjacentElement("afterend", view.dom);
  view.dom.setAttribute("data-testid", "editor");
  attachVim(view, form?.querySelector("input[data-vim]"));

  const highlight = () => {
    const option = select.selectedOptions[0];
    view.dispatch({ effects: highlighting.reconfigure(support(option.dataset.editor)) });
  };
  drafts = attachDrafts({
    textarea,
    select,
    starters,
    text: () => view.state.doc.toString(),
    replace: (text) => {
      replacing = true;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      replacing = false;
    },
    onLanguage: highlight,
  });

  // Switching language swaps the highlighting and restores that language's own draft (else its
  // starter); without drafts (a preview), the starter while the candidate has not written anything.
  let current = select?.value;
  select?.addEventListener("change", () => {
    highlight();
    if (drafts) {
      drafts.switchTo(select.value);
      current = select.value;
      return;
    }
    const text = view.state.doc.toString();
    if (!text.trim() || text === (starters[current] || "")) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: starters[select.value] || "" } });
    }
    current = select.value;
  });
}

// Verdicts arrive by server-sent events: a nudge names the submission that changed and its box reloads
// itself. Each box also polls slowly on its own, so a dropped stream only slows things down.
function listen(element) {
  const source = new EventSource(element.dataset.live);
  source.addEventListener("submission", (event) => {
    const box = document.getElementById(`submission-${event.data}`);
    if (box) htmx.trigger(box, "refresh");
  });
}

function init(root) {
  root.querySelectorAll("[data-live]").forEach(listen);
  root.querySelectorAll("[data-events]").forEach(startTimeline);
  root.querySelectorAll("textarea[data-editor]").forEach(mountEditor);
  root.querySelectorAll("[data-custom-input]").forEach(attachCustomInput);
  root.querySelectorAll("[data-deadline]").forEach(startTimer);
  root.querySelectorAll("[data-questions]").forEach(attachQuestions);
}

document.addEventListener("DOMContentLoaded", () => init(document));
