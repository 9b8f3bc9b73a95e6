"""A deployed site refuses to start insecurely and passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
STRONG_KEY = "k7#Qm2$vRz9!pL4@wX8^nB6&cT1*yH5%dF3(gJ0)sA-eU_iO+rE=tY[uI]oP{aS}"


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS"),
        ({"DJANGO_ALLOWED_HOSTS": "factcheck.example.kr"}, "DJANGO_SECRET_KEY"),
        ({"DJANGO_SECRET_KEY": STRONG_KEY}, "DJANGO_ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secrets(env, missing):
    result = manage("check", DJANGO_DEBUG="0", **env)
    assert result.returncode != 0
    assert f"DJANGO_DEBUG=0 needs {missing}" in result.stderr


def test_check_deploy_is_clean_in_production():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="factcheck.example.kr",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://factcheck.example.kr",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_development_needs_no_environment():
    result = manage("check")
    assert result.returncode == 0, result.stderr


def test_production_settings_values():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings as s; print(s.DEBUG, "
        "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
        "s.CSRF_TRUSTED_ORIGINS)",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=STRONG_KEY,
        DJANGO_ALLOWED_HOSTS="factcheck.example.kr",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://factcheck.example.kr",
    )
    assert result.stdout.split("\n")[-2] == (
        "False True True 31536000 ['https://factcheck.example.kr']"
    )
