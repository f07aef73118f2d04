// Totals reach 2 * 10^14, well inside the 2^53 a double holds exactly.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const k = data[1];
const p = data.slice(2, 2 + n);
let window = 0;
for (let i = 0; i < k; i++) window += p[i];
let best = window;
let bestStart = 0;
for (let start = 1; start + k <= n; start++) {
  window += p[start + k - 1] - p[start - 1];
  if (window > best) {
    best = window;
    bestStart = start;
  }
}
console.log(`${best} ${bestStart + 1}`);
