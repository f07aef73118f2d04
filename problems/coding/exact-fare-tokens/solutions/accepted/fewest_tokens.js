const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
const n = data[0];
const amount = data[1];
const coins = data.slice(2, 2 + n);
const INF = amount + 1;
const best = new Array(amount + 1).fill(INF);
best[0] = 0;
for (let x = 1; x <= amount; x++) {
  for (const c of coins) {
    if (c <= x && best[x - c] + 1 < best[x]) best[x] = best[x - c] + 1;
  }
}
console.log(best[amount] <= amount ? best[amount] : -1);
