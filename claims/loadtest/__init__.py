"""The load test: `make loadtest` (`python -m claims.loadtest`).

It serves the workbench with gunicorn on 127.0.0.1 against PostgreSQL (SQLite when no
server answers on 127.0.0.1:5432), lets simulated reviewers work on the same claims at
once for a bounded time, then checks that no write was lost and prints what it measured.
Traffic goes to the loopback address only, and the run stops by itself.
"""
