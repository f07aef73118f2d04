"""Submissions: create, enqueue after commit, judge, store results."""
