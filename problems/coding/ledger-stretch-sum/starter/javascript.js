const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const t = data[1]; // |sums| stay below 2^53, so plain numbers are exact
const values = data.slice(2, 2 + n);

function findStretch(values, t) {
  // Return [l, r], 1-based, or null when no stretch adds up to t.
  return null;
}

const answer = findStretch(values, t);
console.log(answer === null ? "-1" : `${answer[0]} ${answer[1]}`);
