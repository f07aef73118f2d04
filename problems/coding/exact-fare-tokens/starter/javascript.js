const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const amount = data[1];
const coins = data.slice(2, 2 + n);
// Write your solution here: print the fewest tokens that make exactly `amount`, or -1.
console.log(-1);
