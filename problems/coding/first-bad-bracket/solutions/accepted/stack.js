const OPENER_OF = { ")": "(", "]": "[", "}": "{", ">": "<" };
const OPENING = new Set(["(", "[", "{", "<"]);

function first_bad_bracket(text) {
  const stack = []; // indexes of the unclosed opening brackets
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENING.has(ch)) {
      stack.push(i);
    } else if (ch in OPENER_OF) {
      if (stack.length === 0 || text[stack[stack.length - 1]] !== OPENER_OF[ch]) return i;
      stack.pop();
    }
  }
  return stack.length > 0 ? stack[0] : -1;
}
