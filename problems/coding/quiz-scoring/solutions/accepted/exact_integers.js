function scoreQuizImpl(questions, answers, timeLimit, timeTaken, bonusPercent) {
  const known = new Set(questions.map((q) => q[0]));
  const final = new Map();
  for (const [id, choices] of answers) if (known.has(id)) final.set(id, choices);
  // Sixtieths of a point: every question score is a whole number of them (k <= 5 divides 60).
  let total = 0;
  let answered = 0;
  let perfect = 0;
  for (const [id, points, penalty, correct] of questions) {
    const chosen = new Set(final.get(id) || "");
    if (chosen.size === 0) continue;
    answered++;
    const right = new Set(correct);
    let c = 0;
    let w = 0;
    for (const letter of chosen) {
      if (right.has(letter)) c++;
      else w++;
    }
    total += points * c * (60 / right.size) - 60 * penalty * w;
    if (c === right.size && w === 0) perfect++;
  }
  const base = Math.max(0, total);
  const left = Math.max(0, timeLimit - timeTaken);
  // score * 100 = numerator / denominator; numerator < 2^52, so every step is an exact integer.
  const numerator = base * (100 * timeLimit + bonusPercent * left);
  const denominator = 60 * timeLimit;
  const hundredths = Math.floor((2 * numerator + denominator) / (2 * denominator));
  return { score: hundredths / 100, answered, perfect };
}

function score_quiz(questions, answers, timeLimit, timeTaken, bonusPercent) {
  return scoreQuizImpl(questions, answers, timeLimit, timeTaken, bonusPercent);
}
