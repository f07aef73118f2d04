const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const cap = data[1];
const parcels = []; // [weight, value]
for (let i = 0; i < n; i++) parcels.push([data[2 + 2 * i], data[3 + 2 * i]]);
// Write your solution here: print the largest total value within `cap` grams.
console.log(0);
