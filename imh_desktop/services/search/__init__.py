"""Searching across the record: every note, amendment, goal and screening a user may read."""
