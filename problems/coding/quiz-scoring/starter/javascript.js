function score_quiz(questions, answers, timeLimit, timeTaken, bonusPercent) {
  // questions: [id, points, penalty, correct letters]; answers: [questionId, choices], last one counts.
  return { score: 0, answered: 0, perfect: 0 };
}
