const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0], m = data[1];
const durations = data.slice(2, 2 + n);
// Write your solution here. Finishing times fit in a double exactly (below 2^53).
let last = 0;
const assigned = new Array(n).fill(1);
console.log(String(last));
console.log(assigned.join(" "));
