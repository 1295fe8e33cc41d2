"""The deployment files agree with each other: one template, one set of options."""

import os
import pwd
import re
import subprocess

import pytest

from deploy.processes import (
    DAPHNE_OPTIONS,
    GUNICORN_OPTIONS,
    ROOT,
    SERVER_KIND_SETTINGS,
    SERVER_SETTINGS,
    TEMPLATE,
    Daphne,
    Gunicorn,
    Nginx,
    gunicorn_workers,
    render_template,
    server_settings,
    unix_endpoint,
)
from deploy.stack import Stack
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
    for index in (1, 2):
        endpoint = unix_endpoint(f"/run/portal/daphne-{index}.sock")
        assert f"exec python -m presence.serve -e {endpoint} $$DAPHNE" in COMPOSE


def compose_app_environment():
    block = re.search(r"  environment: &app-env\n((?:    .*\n)+)", COMPOSE).group(1)
    pairs = (line.strip().partition(": ") for line in block.splitlines())
    return {name: value.strip().strip('"') for name, _, value in pairs}


def compose_service(name):
    """A service's block of docker-compose.yml (no YAML parser needed)."""
    start = COMPOSE.index(f"\n  {name}:")
    end = re.compile(r"\n  [a-z0-9-]+:|\n\S").search(COMPOSE, start + 1)
    return COMPOSE[start : end.start() if end else None]


def compose_env(name):
    block = compose_service(name)
    return dict(re.findall(r'^      ([A-Z_]+): "?([^"\n]*)"?$', block, re.MULTILINE))


def test_compose_runs_the_app_with_the_stack_s_settings(tmp_path):
    """DEBUG, the database connections, the proxy rule: as make stack and bench."""
    compose = compose_app_environment()
    for name, value in SERVER_SETTINGS.items():
        assert compose[name] == value, name
    stack = Stack(
        tmp_path,
        database_url="postgres://postgres@127.0.0.1:15443/portal",
        redis_url="redis://127.0.0.1:16403/0",
    )
    for kind, service_names, env in (
        ("daphne", ("app-1",), stack.env),
        ("gunicorn", ("web",), stack.gunicorn_env),
    ):
        expected = {**SERVER_SETTINGS, **SERVER_KIND_SETTINGS[kind]}
        for name, value in expected.items():
            assert env[name] == value, (kind, name)
        # Each service: the shared settings (&app-env) and its kind's own.
        for name, value in SERVER_KIND_SETTINGS[kind].items():
            for service in service_names:
                assert compose_env(service)[name] == value, service
    # app-2 is app-1 on another socket (its settings included).
    assert "<<: *daphne" in compose_service("app-2")
    stack_env = stack.env
    # Every setting the native stack sets, compose sets too (its own values);
    # PYTHONUNBUFFERED is in the image (Dockerfile).
    native = {
        "SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "CSRF_TRUSTED_ORIGINS",
        "DATABASE_URL", "REDIS_URL", "STATIC_ROOT", "MEDIA_ROOT", *SERVER_SETTINGS,
    }  # fmt: skip
    assert native <= set(compose)
    assert "PYTHONUNBUFFERED=1" in (ROOT / "Dockerfile").read_text()
    assert stack_env is stack.env


def test_each_server_gets_its_own_database_connections():
    """daphne: psycopg's pool; sync workers: one persistent connection each."""
    where = {"database_url": "postgres://h/db", "redis_url": "redis://h/0",
             "site_url": "https://h", "secret_key": "k"}  # fmt: skip
    daphne = server_settings(server="daphne", **where)
    gunicorn = server_settings(server="gunicorn", **where)
    assert daphne["DATABASE_POOL"] == "1"
    assert gunicorn["DATABASE_POOL"] == "0"
    assert int(gunicorn["DATABASE_CONN_MAX_AGE"]) > 0
    assert {k: v for k, v in daphne.items() if k not in SERVER_KIND_SETTINGS[
        "daphne"]} == {k: v for k, v in gunicorn.items()
                       if k not in SERVER_KIND_SETTINGS["gunicorn"]}  # fmt: skip


def test_compose_runs_gunicorn_with_the_same_options_and_socket_mode():
    options = re.search(r"x-gunicorn: &gunicorn-options >-\n((?:  .*\n)+)", COMPOSE)
    assert options.group(1).split() == GUNICORN_OPTIONS
    command = re.search(r"- (exec gunicorn .*)", compose_service("web")).group(1)
    assert command.startswith("exec gunicorn --bind unix:/run/portal/gunicorn.sock ")
    assert "--workers $${GUNICORN_WORKERS:-$$((2 * $$(nproc) + 1))}" in command
    assert command.endswith("$$GUNICORN_OPTIONS portal.wsgi:application")
    # 0777 & ~umask: the socket is 0660, like daphne's.
    umask = int(GUNICORN_OPTIONS[GUNICORN_OPTIONS.index("--umask") + 1], 0)
    assert 0o777 & ~umask == 0o660
    gunicorn = Gunicorn("/tmp", env={}, socket="/run/portal/gunicorn.sock")
    assert gunicorn.argv()[1:5] == [
        "--bind", "unix:/run/portal/gunicorn.sock",
        "--workers", str(gunicorn_workers()),
    ]  # fmt: skip
    assert gunicorn.argv()[-len(GUNICORN_OPTIONS) - 1 : -1] == GUNICORN_OPTIONS


def test_workers_are_two_per_core_plus_one():
    assert [gunicorn_workers(cores) for cores in (1, 2, 8)] == [3, 5, 17]
    assert gunicorn_workers() >= 3


def test_nginx_sends_pages_to_gunicorn_and_sockets_to_daphne(tmp_path):
    """In compose and natively: the Channels docs' split."""
    nginx = compose_service("nginx")
    pages = re.search(r"UPSTREAM_SERVERS: >-\n((?:        .*\n)+)", nginx)
    sockets = re.search(r"WS_UPSTREAM_SERVERS: >-\n((?:        .*\n)+)", nginx)
    assert pages.group(1).split() == [
        "server", "unix:/run/portal/gunicorn.sock", "max_fails=0;",
    ]  # fmt: skip
    assert sockets.group(1).split() == [
        "server", "unix:/run/portal/daphne-1.sock", "max_fails=0;",
        "server", "unix:/run/portal/daphne-2.sock", "max_fails=0;",
    ]  # fmt: skip
    assert "web: {condition: service_healthy}" in nginx
    values = native_values(tmp_path)
    assert "gunicorn.sock" in values["UPSTREAM_SERVERS"]
    assert "daphne" not in values["UPSTREAM_SERVERS"]
    assert values["WS_UPSTREAM_SERVERS"].count("daphne-") == 2
    text = rendered(tmp_path)
    ws = text[text.index("        location /ws/ {") :].split("}", 1)[0]
    assert "proxy_pass http://portal_ws;" in ws
    pages = text[text.index("        location / {") :].split("}", 1)[0]
    assert "proxy_pass http://portal;" in pages
    for name in ("healthz", "readyz"):
        assert (
            f"location = /ws/{name} {{\n            proxy_pass http://portal_ws/{name};"
            in text
        )


def test_the_daphne_layout_serves_pages_and_sockets_from_daphne(tmp_path):
    stack = Stack(
        tmp_path,
        database_url="postgres://postgres@127.0.0.1:15443/portal",
        redis_url="redis://127.0.0.1:16403/0",
        http_server="daphne",
    )
    values = stack.nginx_values()
    assert stack.gunicorn is None
    assert values["UPSTREAM_SERVERS"] == values["WS_UPSTREAM_SERVERS"]
    assert values["UPSTREAM_SERVERS"].count("daphne-") == 2


def test_daphne_sockets_are_0660_in_a_directory_for_nginx_s_group_alone():
    """Natively and in compose: no socket any local user may connect to."""
    assert unix_endpoint("/run/portal/daphne-1.sock") == (
        "unix:/run/portal/daphne-1.sock:mode=660"
    )
    assert "umask 000" not in COMPOSE and "0777" not in COMPOSE
    assert "chown portal:101 /run/portal && chmod 2750 /run/portal" in COMPOSE
    assert "--umask 0o117" in COMPOSE
    # gunicorn's socket takes its process's group: nginx's in compose.
    assert 'user: "1000:101"' in compose_service("web")
    assert re.search(r"^      NGINX_USER: nginx$", COMPOSE, re.MULTILINE)


def test_nginx_workers_never_run_as_root(tmp_path):
    values = native_values(tmp_path)
    if os.geteuid() == 0:
        assert values["NGINX_USER"] in {"www-data", "nobody"}
    else:
        assert values["NGINX_USER"] == pwd.getpwuid(os.geteuid()).pw_name


def rendered(tmp_path):
    return render_template(TEMPLATE.read_text(), native_values(tmp_path))


def test_unknown_hosts_are_refused_and_the_redirect_names_the_site(tmp_path):
    """A default server per port closes on any other Host (nginx's 444)."""
    text = rendered(tmp_path)
    servers = text.split("    server {")[1:]
    defaults = [s for s in servers if "default_server" in s]
    assert len(defaults) == 2
    assert all("return 444;" in s and "proxy_pass" not in s for s in defaults)
    redirect = next(s for s in servers if "return 301" in s)
    assert "return 301 https://127.0.0.1:18421$request_uri;" in redirect
    assert "$host" not in redirect and "$http_host" not in redirect


def test_media_is_sandboxed_and_never_sniffed(tmp_path):
    text = rendered(tmp_path)
    media = text[text.index("location /media/") :].split("}", 1)[0]
    assert 'add_header Content-Security-Policy "sandbox" always;' in media
    assert "add_header X-Content-Type-Options nosniff always;" in media


def test_admin_login_is_rate_limited_per_client_address(tmp_path):
    text = rendered(tmp_path)
    assert re.search(r"/admin/login/\s+\$binary_remote_addr;", text)
    assert "limit_req_zone $admin_login_client zone=admin_login:10m rate=10r/m;" in (
        text
    )
    assert "limit_req_status 429;" in text
    app = text[text.index("        location / {") :]
    assert "limit_req zone=admin_login burst=5 nodelay;" in app


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
    daphne = Daphne(tmp_path, "daphne-1", env={}, socket=tmp_path / "d.sock")
    daphne.pid_file.write_text(f"{os.getpid()}\n")  # this test runner
    assert not daphne.running()
    daphne.stop()  # must not signal the runner
    assert not daphne.pid_file.exists()
