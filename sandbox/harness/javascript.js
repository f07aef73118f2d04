// Function-style harness for JavaScript: call the candidate's function or drive their class, print JSON.
// It runs inside the sandbox beside the candidate's `solution.js`. The judge prepends two constants,
// TARGET (the function or class name) and STYLE ("function" or "class"). The test's stdin is JSON:
// {"args": [...]} for a function, {"calls": [[method, [args...]], ...]} for a class, where the first
// call is the constructor. What the candidate logs goes to stderr, so that stdout holds only the result.
"use strict";
const fs = require("fs");

function main() {
  const test = JSON.parse(fs.readFileSync(0, "utf8"));
  const write = (text) => fs.writeSync(1, text);
  const toStderr = (...parts) => fs.writeSync(2, parts.map(String).join(" ") + "\n");
  console.log = console.info = console.debug = toStderr;
  const source = fs.readFileSync("solution.js", "utf8");
  // The candidate's top-level names are visible to the returned expression, whether or not they export.
  const target = new Function(
    "module",
    "exports",
    "require",
    `${source}\n;return typeof ${TARGET} !== "undefined" ? ${TARGET} : (module.exports && module.exports.${TARGET});`,
  )({ exports: {} }, {}, require);
  if (typeof target !== "function") {
    toStderr(`solution.js must define ${TARGET}`);
    process.exit(1);
  }
  let result;
  if (STYLE === "function") {
    result = target(...test.args);
  } else {
    const [constructorCall, ...calls] = test.calls;
    const instance = new target(...constructorCall[1]);
    result = [null];
    for (const [method, args] of calls) result.push(instance[method](...args));
  }
  const text = JSON.stringify(result === undefined ? null : result);
  write(text + "\n");
}

main();
