"""Search across the record: the results view and opening a result at its match."""
