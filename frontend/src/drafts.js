// Nothing lost: the editor's code per problem and language is autosaved every few seconds and on leaving
// the page; what the server has not confirmed is kept in localStorage (keyed by attempt) and sent when the
// connection is back. A save carries the time of the edit and the saved time it started from (`base`),
// both on the server's clock, so a second tab of the same attempt cannot overwrite newer code.

import { readJson, writeJson } from "./storage.js";

const SAVE_EVERY_MS = 2500;
const OFFLINE_TEXT = "Offline: your work is kept in this browser and will be sent when the connection is back";
const EDITOR_OFFLINE_TEXT = "Offline · kept in this browser";

// The server's clock, as learned at page load (the timer's element carries it).
const clock = document.querySelector("[data-server-now]");
const offset = clock ? Date.parse(clock.dataset.serverNow) - Date.now() : 0;
const serverNow = () => new Date(Date.now() + offset).toISOString();

const localKey = (attempt) => `mockround:drafts:${attempt}`;

function readLocal(attempt) {
  return readJson(localKey(attempt), {});
}

function writeLocal(attempt, key, entry) {
  const all = readLocal(attempt);
  if (entry) all[key] = entry;
  else delete all[key];
  // Storage full or refused: the server copy is still the safety net.
  writeJson(localKey(attempt), all);
}

// The page-wide notice while the browser is offline or saves fail.
let notice;
function offlineNotice(show) {
  if (!notice) {
    notice = document.createElement("div");
    notice.className = "offline-notice";
    notice.setAttribute("role", "alert");
    notice.setAttribute("data-testid", "offline-notice");
    notice.textContent = OFFLINE_TEXT;
    notice.hidden = true;
    document.body.prepend(notice);
  }
  notice.hidden = !show;
}

const editors = [];
window.addEventListener("offline", () => {
  offlineNotice(true);
  editors.forEach((editor) => editor.status());
});
window.addEventListener("online", () => {
  offlineNotice(false);
  editors.forEach((editor) => editor.flush());
});
// Leaving the page (closing the tab, reloading, navigating away): send what is unsaved with keepalive.
window.addEventListener("pagehide", () => editors.forEach((editor) => editor.flush()));
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") editors.forEach((editor) => editor.flush());
});

// Attaches autosave to one problem's editor. `replace(text)` sets the editor's content without it
// counting as an edit, `text()` reads it, `onLanguage(name)` follows a language chosen here. Returns the
// hooks the editor calls, or null where nothing is saved (an author's preview).
export function attachDrafts({ textarea, select, starters, text, replace, onLanguage }) {
  const url = textarea.dataset.draftUrl;
  if (!url) return null;
  const attempt = url.split("/")[4];
  const problem = url.split("/").pop();
  const statusBox = textarea.closest("form")?.querySelector("[data-draft-status]");
  const server = JSON.parse(textarea.dataset.drafts || "{}");
  // Per language: { source, edited_at, base, dirty }
  const states = {};
  for (const [language, saved] of Object.entries(server)) {
    states[language] = { source: saved.source, edited_at: saved.saved_at, base: saved.saved_at, dirty: false };
  }
  // A local copy newer than the server's (typed offline, or never confirmed) wins after a reload, if it
  // continues the server's copy: one made from an older copy is from a tab another tab overtook.
  const same = (a, b) => (a ? Date.parse(a) : null) === (b ? Date.parse(b) : null);
  for (const [key, entry] of Object.entries(readLocal(attempt))) {
    const [item, language] = key.split("\n");
    if (item !== problem) continue;
    const known = states[language];
    const newer = !known || Date.parse(entry.edited_at) > Date.parse(known.edited_at);
    if (newer && same(entry.base, known?.base)) {
      states[language] = { ...entry, base: known ? known.base : null, dirty: true };
    } else {
      writeLocal(attempt, key, null);
    }
  }
  let language = select?.value;
  // The language edited last opens, whether the server or this browser holds its newest copy.
  const newest = Object.entries(states).sort((a, b) => Date.parse(b[1].edited_at) - Date.parse(a[1].edited_at))[0];
  if (newest && select && newest[0] !== language && [...select.options].some((o) => o.value === newest[0])) {
    select.value = newest[0];
    language = newest[0];
    onLanguage(language);
  }
  if (states[language] && states[language].source !== text()) replace(states[language].source);

  const inFlight = new Set(); // languages with a save under way
  let stopped = null; // a message once saving must stop (another tab, round over)
  let failed = false;
  let refused = null; // a message for a save the server would not take as it is

  function status() {
    if (!statusBox) return;
    const dirty = Object.values(states).some((state) => state.dirty);
    let message = "";
    if (stopped) message = stopped;
    else if (refused) message = refused;
    else if (!navigator.onLine || (failed && dirty)) message = EDITOR_OFFLINE_TEXT;
    else if (dirty) message = "Saving…";
    else if (Object.keys(states).length) message = "Saved";
    statusBox.textContent = message;
    statusBox.classList.toggle("problem", Boolean(stopped || refused));
    statusBox.classList.toggle("offline", !stopped && message === EDITOR_OFFLINE_TEXT);
    textarea.closest("form")?.classList.toggle("stale", Boolean(stopped));
  }

  function body(state) {
    return JSON.stringify({ source: state.source, edited_at: state.edited_at, base: state.base });
  }

  function remember(name, state) {
    writeLocal(attempt, `${problem}\n${name}`, {
      source: state.source,
      edited_at: state.edited_at,
      base: state.base,
    });
  }

  async function problemOf(response) {
    const detail = (await response.json().catch(() => ({}))).detail;
    return typeof detail === "string" ? detail : "This code could not be saved.";
  }

  async function save(name) {
    refused = null;
    const state = states[name];
    inFlight.add(name);
    const sent = state.edited_at;
    try {
      // keepalive: a save under way when the page is closed still reaches the server.
      const response = await fetch(`${url}?language=${encodeURIComponent(name)}`, {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: body(state),
        keepalive: true,
      });
      if (response.ok) {
        const saved = await response.json();
        state.base = saved.saved_at;
        failed = false;
        offlineNotice(!navigator.onLine);
        if (state.edited_at === sent) {
          state.dirty = false;
          writeLocal(attempt, `${problem}\n${name}`, null);
        } else {
          remember(name, state);
        }
      } else if (response.status === 422) {
        // Too large, say: say so, and try again once the candidate changes it.
        state.dirty = false;
        refused = await problemOf(response);
      } else if (response.status === 409 || response.status === 404) {
        // Another tab overtook this one, or the round is over: stop, and never overwrite.
        stopped = await problemOf(response);
      } else {
        failed = true;
      }
    } catch {
      failed = true; // the network: kept locally, sent when back online
      offlineNotice(true);
    } finally {
      inFlight.delete(name);
      status();
    }
  }

  // Sends every language with unsaved changes, one save at a time per language (each save's base is the
  // previous one's result). Saves use keepalive, so the one sent as the page is left still arrives.
  function flush() {
    if (stopped || !navigator.onLine) return;
    for (const [name, state] of Object.entries(states)) {
      if (state.dirty && !inFlight.has(name)) save(name);
    }
  }

  const timer = setInterval(() => flush(), SAVE_EVERY_MS);

  const hooks = {
    // The candidate changed the code of the current language.
    changed() {
      if (!language) return;
      const state = states[language] || (states[language] = { base: null });
      state.source = text();
      state.edited_at = serverNow();
      state.dirty = true;
      remember(language, state);
      status();
    },
    // The language select changed: that language's own draft, else its starter.
    switchTo(name) {
      language = name;
      replace(states[name]?.source ?? starters[name] ?? "");
    },
    status,
    flush,
    stop() {
      clearInterval(timer);
    },
  };
  editors.push(hooks);

  textarea
    .closest("form")
    ?.querySelector("[data-reset]")
    ?.addEventListener("click", () => {
      if (!window.confirm("Replace your code in this language with the starter code? Your current code is lost.")) return;
      replace(starters[language] ?? "");
      hooks.changed();
    });
  offlineNotice(!navigator.onLine);
  status();
  // Anything restored from this browser goes to the server now.
  flush();
  return hooks;
}

// Answers (multiple choice and written) are htmx forms: one that cannot reach the server is kept in
// localStorage, keyed by attempt, and sent again when the connection is back or the page is next opened.
const answersKey = (attempt) => `mockround:answers:${attempt}`;

function readAnswers(attempt) {
  return readJson(answersKey(attempt), {});
}

function writeAnswers(attempt, all) {
  writeJson(answersKey(attempt), all);
}

const attemptOf = (url) => url.split("/")[2];

function answerForm(url) {
  return [...document.querySelectorAll("form[hx-post]")].find((form) => form.getAttribute("hx-post") === url);
}

function restoreInputs(form, body) {
  const params = new URLSearchParams(body);
  const chosen = params.getAll("choice");
  form.querySelectorAll("input[name=choice]").forEach((input) => {
    input.checked = chosen.includes(input.value);
  });
  const text = form.querySelector("textarea[name=text]");
  if (text && params.has("text")) text.value = params.get("text");
}

async function resendAnswers() {
  const attempts = new Set(
    [...document.querySelectorAll("form[hx-post*='/answers/']")].map((form) => attemptOf(form.getAttribute("hx-post"))),
  );
  for (const attempt of attempts) {
    const all = readAnswers(attempt);
    for (const [url, body] of Object.entries(all)) {
      const form = answerForm(url);
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true" },
          body,
        });
        const saved = form?.querySelector(".saved");
        if (saved) saved.innerHTML = await response.text();
        delete all[url]; // saved, or refused for good (the round is over): either way, done
        writeAnswers(attempt, all);
      } catch {
        offlineNotice(true);
        return;
      }
    }
  }
}

document.addEventListener("htmx:sendError", (event) => {
  const form = event.detail.elt?.closest?.("form[hx-post*='/answers/']");
  if (!form) return;
  const url = form.getAttribute("hx-post");
  const attempt = attemptOf(url);
  const all = readAnswers(attempt);
  all[url] = new URLSearchParams(new FormData(form)).toString();
  writeAnswers(attempt, all);
  const saved = form.querySelector(".saved");
  if (saved) saved.textContent = "Offline · kept in this browser";
  offlineNotice(true);
});
window.addEventListener("online", resendAnswers);
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("form[hx-post*='/answers/']").forEach((form) => {
    const url = form.getAttribute("hx-post");
    const body = readAnswers(attemptOf(url))[url];
    if (body) restoreInputs(form, body);
  });
  if (navigator.onLine) resendAnswers();
});
