"use strict";
// Grow the JavaScript heap eight megabytes at a time.
const hoard = [];
for (;;) hoard.push(new Array(1 << 20).fill(hoard.length));
