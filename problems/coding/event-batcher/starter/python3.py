class EventBatcher:
    def __init__(self, max_size: int, max_delay: int, retention: int) -> None:
        self.max_size = max_size
        self.max_delay = max_delay
        self.retention = retention

    def add(self, event_id: str, t: int) -> list[list[str]]:
        # Return the batches this call emits, in order (often none).
        return []

    def tick(self, t: int) -> list[list[str]]:
        # Return [batch] if the open batch is due at time t, else [].
        return []

    def flush(self) -> list[list[str]]:
        # Return [batch] with the open batch if it is not empty, else [].
        return []
