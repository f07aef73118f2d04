class ReorderBuffer {
  constructor(lateness) {
    this.lateness = lateness;
  }

  push(eventId, ts) {
    // Return the ids this push releases, in timestamp order (ties: arrival order).
    return [];
  }

  late() {
    // Return (and clear) the ids of late events since the previous call.
    return [];
  }

  flush() {
    // Release everything still buffered.
    return [];
  }
}
