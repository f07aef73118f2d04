function isPalindrome(word, i, j) {
  while (i < j) {
    if (word[i] !== word[j]) return false;
    i++;
    j--;
  }
  return true;
}

function repairable(words) {
  return words.map((word) => {
    let i = 0;
    let j = word.length - 1;
    while (i < j && word[i] === word[j]) {
      i++;
      j--;
    }
    if (i >= j) return true;
    // The first mismatch: one of these two characters must be the one deleted.
    return isPalindrome(word, i + 1, j) || isPalindrome(word, i, j - 1);
  });
}
