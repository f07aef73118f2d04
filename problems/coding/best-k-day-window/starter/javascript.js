const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const k = data[1];
const profits = data.slice(2, 2 + n);

function bestRun(profits, k) {
  // Return [largest total, 1-based first day of the earliest best run].
  return [0, 1];
}

const [total, start] = bestRun(profits, k);
console.log(`${total} ${start}`);
