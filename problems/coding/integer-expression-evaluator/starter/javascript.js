const lines = require("fs").readFileSync(0, "utf8").split("\n");
const t = Number(lines[0]);

function evaluate(formula) {
  // Return the value of the formula; "/" truncates toward zero.
  // Values reach 10^18, beyond what a Number holds exactly: BigInt arithmetic is exact, and
  // BigInt division already truncates toward zero.
  return 0n;
}

const out = [];
for (let i = 1; i <= t; i++) out.push(evaluate(lines[i]).toString());
console.log(out.join("\n"));
