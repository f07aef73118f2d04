const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const calls = [];
for (let i = 0; i < n; i++) calls.push([data[1 + 2 * i], data[2 + 2 * i]]);
// Write your solution here.
let peak = 0, firstAt = 0;
console.log(`${peak} ${firstAt}`);
