// Browser storage that may refuse (a private window, a full quota, storage blocked): a read that fails
// gives the fallback and a write that fails is dropped, so what is kept here is only ever a convenience
// (the server holds the work). `area` is "local" (kept) or "session" (this tab only).

function area(name) {
  return name === "session" ? window.sessionStorage : window.localStorage;
}

export function readStored(key, fallback = null, where = "local") {
  try {
    const text = area(where).getItem(key);
    return text === null ? fallback : text;
  } catch {
    return fallback;
  }
}

export function writeStored(key, text, where = "local") {
  try {
    area(where).setItem(key, text);
  } catch {
    // Refused: the value lasts for this page only.
  }
}

export function readJson(key, fallback) {
  try {
    return JSON.parse(readStored(key) ?? "null") ?? fallback;
  } catch {
    return fallback; // not JSON: someone else's value, or a cut write
  }
}

export function writeJson(key, value) {
  writeStored(key, JSON.stringify(value));
}
