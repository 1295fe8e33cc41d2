"""The settings module refuses unsafe starts and passes Django's deploy check."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    # Start from the machine's environment, less what the suite itself sets.
    test_only = {
        "SECRET_KEY",
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "STATIC_MANIFEST",
        "WHITENOISE_USE_FINDERS",
        "DJANGO_SETTINGS_MODULE",
    }
    base = {k: v for k, v in os.environ.items() if k not in test_only}
    base.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=base,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_refuses_to_start_without_secret_key_when_debug_is_off():
    result = run_manage("check", DEBUG="0")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "SECRET_KEY" in lines[0] and "DEBUG" in lines[0]


def test_debug_without_secret_key_starts_for_development():
    result = run_manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_production_like_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="k3y-" + "a1b2c3d4e5f6g7h8i9j0" * 4,
        ALLOWED_HOSTS="news.example.com",
        SITE_URL="https://news.example.com",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_a_malformed_number_setting_is_a_clear_error():
    result = run_manage("check", DEBUG="1", PAGE_CACHE_SECONDS="sixty")
    assert result.returncode != 0
    assert "PAGE_CACHE_SECONDS must be a whole number" in result.stderr


def test_the_real_stack_pools_database_connections():
    """DATABASE_POOL=1: psycopg's pool, no persistent per-thread connections."""
    result = run_manage(
        "shell",
        "-c",
        "from django.conf import settings; d = settings.DATABASES['default'];"
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], d['OPTIONS'])",
        DEBUG="1",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/portal",
        DATABASE_POOL="1",
        LOG_FORMAT="plain",
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip().splitlines()[-1]
    assert line.startswith("0 True ")
    assert "'pool': {'min_size': 1, 'max_size': 10, 'timeout': 3}" in line
    assert "'connect_timeout': 3" in line
