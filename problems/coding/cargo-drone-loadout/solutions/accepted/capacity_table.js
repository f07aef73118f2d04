const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const cap = data[1];
// Values reach 10^11 at most: Numbers hold them exactly.
const best = new Float64Array(cap + 1);
for (let i = 0; i < n; i++) {
  const w = data[2 + 2 * i];
  const v = data[3 + 2 * i];
  for (let c = cap; c >= w; c--) {
    const candidate = best[c - w] + v;
    if (candidate > best[c]) best[c] = candidate;
  }
}
console.log(String(best[cap]));
