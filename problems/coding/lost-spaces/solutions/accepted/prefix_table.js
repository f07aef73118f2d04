function splittable(text, words) {
  const vocab = new Set(words);
  const lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => a - b);
  const ok = new Array(text.length + 1).fill(false);
  ok[0] = true;
  for (let i = 1; i <= text.length; i++) {
    for (const length of lengths) {
      if (length > i) break;
      if (ok[i - length] && vocab.has(text.slice(i - length, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[text.length];
}
