function first_bad_bracket(text) {
  // Return the index of the first bad bracket, or -1 when all brackets match.
  return -1;
}
