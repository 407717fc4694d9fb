"""Benchmarks of the speed users feel, at agency scale: ``python -m benchmarks``.

See docs/performance.md for what each row measures and the latest results.
"""
