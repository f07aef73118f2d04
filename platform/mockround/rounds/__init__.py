"""Rounds, sections, attempts, answers and deadlines."""
