const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const h = data.slice(1, 1 + n);
// Write your solution here: print the length of the longest strictly increasing subsequence.
console.log(1);
