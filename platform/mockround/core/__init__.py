"""Plumbing shared by every feature: settings, database, queue, errors, templating."""
