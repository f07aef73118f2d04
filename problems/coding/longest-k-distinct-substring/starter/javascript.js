const [kText, s] = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const k = Number(kText);

function longestRun(s, k) {
  // Return [length, start] of the first longest substring with at most k distinct letters.
  return [0, 0];
}

const [length, start] = longestRun(s, k);
console.log(`${length} ${start}`);
