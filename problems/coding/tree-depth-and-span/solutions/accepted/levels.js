const tokens = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
const m = Number(tokens[0]);
const t = tokens.slice(1, 1 + m);
if (t.length === 0 || t[0] === "null") {
  console.log("0 0");
} else {
  const left = [-1], right = [-1];
  let count = 1, parent = 0, pos = 1;
  while (pos < t.length) {
    for (const side of [left, right]) {
      if (pos < t.length) {
        if (t[pos] !== "null") {
          side[parent] = count++;
          left.push(-1);
          right.push(-1);
        }
        pos++;
      }
    }
    parent++;
  }
  const height = new Int32Array(count);
  let span = 0;
  for (let v = count - 1; v >= 0; v--) {
    const hl = left[v] >= 0 ? height[left[v]] : 0;
    const hr = right[v] >= 0 ? height[right[v]] : 0;
    height[v] = 1 + Math.max(hl, hr);
    if (hl + hr > span) span = hl + hr;
  }
  console.log(`${height[0]} ${span}`);
}
