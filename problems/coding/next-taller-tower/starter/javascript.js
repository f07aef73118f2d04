const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const heights = data.slice(1, 1 + n);

function receivers(heights) {
  // For each tower, the 1-based number of the nearest strictly taller tower to its east, or 0.
  return heights.map(() => 0);
}

console.log(receivers(heights).join(" "));
