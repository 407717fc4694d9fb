"""Import from spreadsheets: reading cells, naming columns, building rows (no I/O)."""
