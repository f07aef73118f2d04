const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const m = data[1];
const out = [];
for (let i = 0; i < m; i++) {
  const a = data[2 + 2 * i];
  const b = data[3 + 2 * i];
  // Write your solution here: after each cable, record the number of networks.
  out.push(n);
}
console.log(out.join("\n"));
