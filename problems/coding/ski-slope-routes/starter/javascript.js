const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const r = Number(tokens[0]);
const c = Number(tokens[1]);
const grid = tokens.slice(2, 2 + r); // grid[i][j] is "." (open snow) or "#" (tree)
const MOD = 1000000007;
// Write your solution here: print the number of routes modulo 1000000007.
console.log(0);
