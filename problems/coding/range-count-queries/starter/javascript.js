const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const q = data[1];
const readings = data.slice(2, 2 + n);
const answers = [];
for (let i = 0; i < q; i++) {
  const lo = data[2 + n + 2 * i];
  const hi = data[3 + n + 2 * i];
  // Count the readings with lo <= r <= hi.
  answers.push(0);
}
console.log(answers.join("\n"));
