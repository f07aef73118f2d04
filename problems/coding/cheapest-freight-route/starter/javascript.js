const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const [n, m, s, t] = data;
const lanes = [];
for (let i = 0; i < m; i++) lanes.push([data[4 + 3 * i], data[5 + 3 * i], data[6 + 3 * i]]);
// Write your solution here: print the cheapest cost from s to t, or -1.
// Costs reach about 10^14, which a Number still holds exactly.
console.log(-1);
