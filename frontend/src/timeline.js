// The page's side of the attempt's timeline: page hidden or shown, focus lost, pastes. Events are kept
// in a queue and sent in batches; a batch the server did not confirm is sent again with the same ids,
// which the server stores once. Nothing here ever blocks or warns the candidate.
const FLUSH_EVERY_MS = 5000;
const MAX_BATCH = 200;

export function startTimeline(element) {
  const url = element.dataset.events;
  let queue = [];
  let sending = false;

  const record = (kind, payload = {}) => {
    queue.push({ id: crypto.randomUUID(), kind, at: new Date().toISOString(), payload });
  };

  const body = (events) => JSON.stringify({ sent_at: new Date().toISOString(), events });

  const flush = async () => {
    if (sending || queue.length === 0) return;
    sending = true;
    const batch = queue.slice(0, MAX_BATCH);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: body(batch),
        keepalive: true,
      });
      // Accepted or refused for good (a 4xx says the events can never be kept as sent): done with them.
      // A 5xx or no answer at all: they stay queued for the next try.
      if (response.status < 500) queue = queue.slice(batch.length);
    } catch {
      // Offline: keep them.
    } finally {
      sending = false;
    }
  };

  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") {
      record("page_hidden");
      // The page may never come back: hand the queue to the browser, which sends it even as the tab closes.
      if (navigator.sendBeacon(url, new Blob([body(queue.slice(0, MAX_BATCH))], { type: "application/json" }))) {
        queue = queue.slice(MAX_BATCH);
      }
    } else {
      record("page_shown");
      flush();
    }
  });
  window.addEventListener("blur", () => record("focus_lost"));
  document.addEventListener("paste", (event) => {
    const text = event.clipboardData?.getData("text") ?? "";
    const where = event.composedPath().some((node) => node.classList?.contains("cm-editor")) ? "editor" : "page";
    record("paste", { chars: text.length, lines: text ? text.split("\n").length : 0, where });
  });
  setInterval(flush, FLUSH_EVERY_MS);
}
