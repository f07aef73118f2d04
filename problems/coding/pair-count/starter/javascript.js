const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

// Count the pairs of positions i < j with values[i] + values[j] == target.
function countPairs(values, target) {
  // Write your solution here.
  return 0;
}

const n = Number(data[0]);
const target = BigInt(data[1]);
const values = data.slice(2, 2 + n).map(BigInt);
console.log(String(countPairs(values, target)));
