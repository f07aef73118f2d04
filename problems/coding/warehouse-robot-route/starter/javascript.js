const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const rows = Number(data[0]), cols = Number(data[1]);
const grid = data.slice(2, 2 + rows); // grid[r][c] is one of . # S E
// Write your solution here.
console.log(-1);
