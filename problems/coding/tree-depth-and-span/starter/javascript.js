const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const m = Number(tokens[0]);
const values = tokens.slice(1, 1 + m); // integers as strings, or "null"
// Build the tree from the level-order tokens, then measure it.
let depth = 0, span = 0;
console.log(`${depth} ${span}`);
