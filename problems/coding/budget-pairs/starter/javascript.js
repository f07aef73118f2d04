const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const budget = data[1];
const prices = data.slice(2, 2 + n);

function countPairs(prices, budget) {
  // Write your solution here.
  return 0;
}

console.log(String(countPairs(prices, budget)));
