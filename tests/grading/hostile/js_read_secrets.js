"use strict";
// Read the worker's secrets: its environment, /etc/shadow, and the worker's /proc entries by its host
// pid (the input).
const fs = require("fs");

const worker = fs.readFileSync(0, "utf8").trim();
const reached = Object.keys(process.env).filter((key) => key.startsWith("MOCKROUND"));
for (const path of ["/etc/shadow", `/proc/${worker}/environ`, `/proc/${worker}/cmdline`, "/root/.ssh"]) {
  try {
    fs.statSync(path).isDirectory() ? fs.readdirSync(path) : fs.readFileSync(path);
    reached.push(path);
  } catch (error) {
    process.stderr.write(`${path}: ${error.code}\n`);
  }
}
console.log(reached.length === 0 ? "blocked" : `read ${reached.join(" ")}`);
