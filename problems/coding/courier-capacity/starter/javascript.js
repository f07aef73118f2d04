const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const d = data[1];
const weights = data.slice(2, 2 + n);

function smallestCapacity(weights, days) {
  // Write your solution here. (Totals stay below 2^53, so plain numbers are exact.)
  return 0;
}

console.log(String(smallestCapacity(weights, d)));
