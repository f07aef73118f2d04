function repairable(words) {
  // For each word: is it a palindrome after deleting at most one character?
  return words.map(() => false);
}
