"""Benchmarks of the workbench: `python -m claims.bench` (or `make bench`).

Each prints its figures beside a baseline measured in the same run on the same data, so
the ratios hold whatever the machine.
"""
