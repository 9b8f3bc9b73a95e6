"""The benchmarks run end to end (on tiny sizes here; `make bench` runs the real ones)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_benchmark_runs_and_prints_its_ratio():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "claims.bench",
            "--min-mb",
            "0.05",
            "--documents",
            "20",
            "--claims",
            "300",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "the bare regex pass" in out
    assert "20 documents into a fresh sqlite database" in out
    assert "the plain writer" in out
