const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);

function hasCycle(n, edges) {
  // edges: [a, b] pairs, "cell a reads cell b".
  return false;
}

let idx = 0;
const t = data[idx++];
const out = [];
for (let i = 0; i < t; i++) {
  const n = data[idx++], m = data[idx++];
  const edges = [];
  for (let e = 0; e < m; e++) edges.push([data[idx++], data[idx++]]);
  out.push(hasCycle(n, edges) ? "CIRCULAR" : "OK");
}
console.log(out.join("\n"));
