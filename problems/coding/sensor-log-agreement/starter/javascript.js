const [a, b] = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
// Write your solution here: print the length of the longest common subsequence.
console.log(0);
