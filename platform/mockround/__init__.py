"""mockround: timed mock coding-assessment rounds, judged in sandboxes."""

__version__ = "0.1.0"
