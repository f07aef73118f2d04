function trending(tags, k) {
  // Return up to k pairs [tag, count]: most used first, ties alphabetical.
  return [];
}
