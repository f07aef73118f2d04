// Iterative depth-first search with three colours: an edge back to a node still on the stack is a circle.
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean).map(Number);
let idx = 0;
const t = data[idx++];
const out = [];
for (let tc = 0; tc < t; tc++) {
  const n = data[idx++], m = data[idx++];
  const head = new Int32Array(n + 1).fill(-1);
  const next = new Int32Array(m), to = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const a = data[idx++], b = data[idx++];
    to[e] = b;
    next[e] = head[a];
    head[a] = e;
  }
  const colour = new Uint8Array(n + 1); // 0 new, 1 on the stack, 2 finished
  const stack = new Int32Array(n + 1);
  const edge = new Int32Array(n + 1); // next edge to look at, per node
  let cycle = false;
  for (let s = 1; s <= n && !cycle; s++) {
    if (colour[s]) continue;
    let top = 0;
    stack[0] = s;
    colour[s] = 1;
    edge[s] = head[s];
    while (top >= 0 && !cycle) {
      const v = stack[top];
      const e = edge[v];
      if (e === -1) {
        colour[v] = 2;
        top--;
        continue;
      }
      edge[v] = next[e];
      const w = to[e];
      if (colour[w] === 1) cycle = true;
      else if (colour[w] === 0) {
        colour[w] = 1;
        edge[w] = head[w];
        stack[++top] = w;
      }
    }
  }
  out.push(cycle ? "CIRCULAR" : "OK");
}
console.log(out.join("\n"));
