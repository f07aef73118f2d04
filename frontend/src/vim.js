// Optional Vim key bindings in the code editors: off by default, one choice for every editor, remembered
// in localStorage. Each editor holds the bindings in a compartment, so a toggle takes effect at once,
// without rebuilding the editor or losing its undo history.
import { Compartment } from "@codemirror/state";
import { vim } from "@replit/codemirror-vim";
import { readStored, writeStored } from "./storage.js";

const STORAGE_KEY = "mockround-vim";
const bindings = new Compartment();
const views = new Set();

function chosen() {
  return readStored(STORAGE_KEY) === "on"; // off when never chosen or storage is blocked
}

// With the status panel, the mode (-- INSERT --, -- VISUAL --) and ":" commands show under the editor.
const keys = (on) => (on ? vim({ status: true }) : []);

// The editor's extension: put it before the other keymaps, as Vim must see keys first.
export function vimExtension() {
  return bindings.of(keys(chosen()));
}

function apply(on) {
  for (const view of views) {
    view.dispatch({ effects: bindings.reconfigure(keys(on)) });
  }
  for (const box of document.querySelectorAll("input[data-vim]")) {
    box.checked = on;
  }
}

// Ties an editor to the toolbar's "Vim keys" checkbox (any one of them switches every editor).
export function attachVim(view, checkbox) {
  views.add(view);
  if (!checkbox) return;
  checkbox.checked = chosen();
  checkbox.addEventListener("change", () => {
    writeStored(STORAGE_KEY, checkbox.checked ? "on" : "off");
    apply(checkbox.checked);
    view.focus();
  });
}

// Another tab changed the choice: follow it.
window.addEventListener("storage", (event) => {
  if (event.key === STORAGE_KEY) apply(event.newValue === "on");
});
