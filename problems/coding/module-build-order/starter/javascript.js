const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const m = data[1];
const rules = [];
for (let i = 0; i < m; i++) rules.push([data[2 + 2 * i], data[3 + 2 * i]]);
// Write your solution here: print the smallest compile order, or IMPOSSIBLE.
console.log("IMPOSSIBLE");
