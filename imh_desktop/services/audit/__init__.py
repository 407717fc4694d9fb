"""The audit trail: the hash chain, its verification, the log viewer's reads and CSV export."""
