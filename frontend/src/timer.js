// The round's clock: time left from the server's clock (an offset corrects a wrong browser clock), a
// visible warning at 5 and at 1 minute, and a reload at zero so the server shows what comes next (the
// next section, or the result).

import { readStored, writeStored } from "./storage.js";

const WARNINGS = [
  { seconds: 60, text: "1 minute left" },
  { seconds: 300, text: "5 minutes left" },
];

function warningKey(element, seconds) {
  return `mockround-warned:${element.dataset.deadline}:${seconds}`;
}

export function startTimer(element) {
  const deadline = Date.parse(element.dataset.deadline);
  const offset = Date.parse(element.dataset.serverNow) - Date.now();
  const output = element.querySelector("[data-time-left]");
  const banner = document.querySelector("[data-time-warning]");
  const period = Number(element.dataset.period || Infinity);
  const scope = element.dataset.scope === "section" ? "in this section" : "in the round";
  let shown = null;

  const warn = (left) => {
    // A countdown no longer than a warning's threshold never gives it ("5 minutes left" as a 5-minute
    // section opens would only startle).
    const due = WARNINGS.find((warning) => left <= warning.seconds && left > 0 && period > warning.seconds);
    if (!banner || !due || shown === due.seconds) return;
    const key = warningKey(element, due.seconds);
    if (readStored(key, null, "session") === "1") return;
    shown = due.seconds;
    const text = banner.querySelector("[data-warning-text]");
    const headline = document.createElement("strong");
    headline.textContent = `${due.text} ${scope}.`;
    text.replaceChildren(headline, " Your work is saved as you go; what is saved when time runs out is graded.");
    banner.classList.toggle("critical", due.seconds <= 60);
    banner.hidden = false;
    banner.querySelector("[data-warning-dismiss]").onclick = () => {
      banner.hidden = true;
      // Where storage is refused the warning just comes back after a reload.
      writeStored(key, "1", "session");
    };
  };

  const tick = () => {
    const left = Math.max(0, Math.floor((deadline - (Date.now() + offset)) / 1000));
    const minutes = Math.floor(left / 60);
    const seconds = String(left % 60).padStart(2, "0");
    output.textContent = `${minutes}:${seconds}`;
    element.classList.toggle("warning", left <= 300 && period > 300);
    element.classList.toggle("critical", left <= 60 && period > 60);
    warn(left);
    if (left === 0) {
      clearInterval(timer);
      // Give the last autosave a moment to leave, then let the server say what comes next.
      setTimeout(() => window.location.reload(), 1500);
    }
  };
  const timer = setInterval(tick, 1000);
  tick();
}
