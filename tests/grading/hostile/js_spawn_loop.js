"use strict";
// Spawn detached children without end (each its own session, so outside the test's process group),
// each a `sleep` whose command line carries the run's marker.
const { spawn } = require("child_process");

const marker = require("fs").readFileSync(0, "utf8").trim();
function more() {
  for (let i = 0; i < 16; i++) {
    try {
      const child = spawn("sleep", ["3600"], { argv0: `hostile-${marker}`, detached: true, stdio: "ignore" });
      child.on("error", () => {});
    } catch (error) {
      // Out of processes: try again.
    }
  }
  setImmediate(more);
}
more();
