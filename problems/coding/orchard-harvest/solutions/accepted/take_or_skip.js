function harvest(yields) {
  let take = 0;
  let skip = 0;
  for (const y of yields) {
    const nextTake = skip + y;
    skip = Math.max(take, skip);
    take = nextTake;
  }
  return Math.max(take, skip);
}
