"""The deployment files agree with each other: one template, one set of options."""

import os
import re
import subprocess

import pytest

from deploy.stack import (
    DAPHNE_OPTIONS,
    ROOT,
    TEMPLATE,
    Daphne,
    Nginx,
    Stack,
    render_template,
)
from tests.services import need_service

from .conftest import _nginx_binary

COMPOSE = (ROOT / "docker-compose.yml").read_text()
PLACEHOLDERS = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)\}", TEMPLATE.read_text()))


def native_values(tmp_path):
    stack = Stack(
        tmp_path,
        database_url="postgres://postgres@127.0.0.1:15443/portal",
        redis_url="redis://127.0.0.1:16403/0",
        http_port=18420,
        https_port=18421,
    )
    return stack.nginx_values()


def test_render_fills_placeholders_and_leaves_nginx_variables():
    text = "listen ${PORT}; return 301 https://$host$request_uri;"
    assert render_template(text, {"PORT": 8443}) == (
        "listen 8443; return 301 https://$host$request_uri;"
    )
    with pytest.raises(KeyError, match="PORT"):
        render_template(text, {})


def test_make_stack_and_compose_fill_the_same_placeholders(tmp_path):
    envsubst = re.search(r"envsubst '([^']*)'", COMPOSE).group(1)
    compose_names = set(re.findall(r"\$\$\{([A-Z_]+)\}", envsubst))
    assert compose_names == PLACEHOLDERS
    nginx_env = COMPOSE[COMPOSE.index("  nginx:") :]
    for name in PLACEHOLDERS:
        assert re.search(rf"^      {name}: ", nginx_env, re.MULTILINE), name
    assert set(native_values(tmp_path)) == PLACEHOLDERS


def test_compose_runs_daphne_with_the_same_options():
    options = re.search(r"x-daphne: &daphne-options >-\n((?:  .*\n)+)", COMPOSE)
    words = options.group(1).split()
    assert words == DAPHNE_OPTIONS
    assert COMPOSE.count("$$DAPHNE_OPTIONS portal.asgi:application") == 2
    assert COMPOSE.count("exec python -m presence.serve -u /run/portal/") == 2


def test_nginx_accepts_the_rendered_configuration(tmp_path):
    need_service("nginx", _nginx_binary(), "apt-get install nginx-light")
    values = native_values(tmp_path)
    nginx = Nginx(tmp_path, values)
    nginx.conf.write_text(render_template(TEMPLATE.read_text(), values))
    (tmp_path / "nginx").mkdir()
    result = subprocess.run(
        [_nginx_binary(), "-t", "-p", str(tmp_path / "nginx"), "-c", str(nginx.conf),
         "-e", str(tmp_path / "error.log")],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def test_a_pid_file_naming_another_program_is_left_alone(tmp_path):
    """stack-stop only signals processes that still run what it started."""
    daphne = Daphne(tmp_path, 1, env={})
    daphne.pid_file.write_text(f"{os.getpid()}\n")  # this test runner
    assert not daphne.running()
    daphne.stop()  # must not signal the runner
    assert not daphne.pid_file.exists()
