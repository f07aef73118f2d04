/**
 * @param {string} typed
 * @param {string} candidate
 * @returns {number}
 */
function edits(typed, candidate) {
  // Return the fewest inserts, deletes and replaces that turn `typed` into `candidate`.
  return 0;
}
