class ReorderBuffer:
    def __init__(self, lateness: int) -> None:
        self.lateness = lateness

    def push(self, event_id: int, ts: int) -> list[int]:
        # Return the ids this push releases, in timestamp order (ties: arrival order).
        return []

    def late(self) -> list[int]:
        # Return (and clear) the ids of late events since the previous call.
        return []

    def flush(self) -> list[int]:
        # Release everything still buffered.
        return []
