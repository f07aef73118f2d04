/**
 * @param {string} text
 * @param {string[]} words
 * @returns {boolean}
 */
function splittable(text, words) {
  // Return true if `text` can be cut into pieces that are all in `words`.
  return false;
}
