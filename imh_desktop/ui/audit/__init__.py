"""The audit log viewer (Tools > Audit log…) and "Who looked at this family" (Family menu)."""
