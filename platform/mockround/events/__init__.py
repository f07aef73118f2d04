"""The event stream: every candidate action worth keeping, recorded once, for timelines and code playback.

Producers (the browser through `endpoints`, and the server's own code) hand validated events to an
`recorder.EventRecorder`. Embedded mode writes them straight to the database; service mode appends them
to the Redis stream `mockround:events`, and `consumer.run_consumer` (inside `mockround worker`) moves them
to Postgres in batches. An event's id is made by its producer, so a retried event is stored once.
"""
