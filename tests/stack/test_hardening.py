"""
What a hostile client or a local user meets at the stack's edge: unknown
hosts refused, the redirect to the site's own address, sandboxed uploads,
the login rate limit, and daphne's sockets out of other users' reach.
"""

import http.client
import os
import pwd
import shutil
import socket
import ssl
import stat
import subprocess
from pathlib import Path

import pytest

from .conftest import HOST, HTTP_PORT, HTTPS_PORT


def raw_answer(request, *, tls, source=HOST):
    """Send ``request`` bytes; return what comes back before nginx closes."""
    raw = socket.create_connection(
        (HOST, HTTPS_PORT if tls else HTTP_PORT), timeout=5, source_address=(source, 0)
    )
    if tls:
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        raw = context.wrap_socket(raw, server_hostname=HOST)
    with raw:
        raw.sendall(request)
        answer = b""
        try:
            while chunk := raw.recv(4096):
                answer += chunk
        except (ConnectionResetError, ssl.SSLError):
            pass
        return answer


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_a_host_that_is_not_the_site_gets_no_answer(stack, tls):
    """nginx closes the connection (444): nothing of the app, no cached page."""
    for host in (b"evil.example", b"127.0.0.1.evil.example"):
        answer = raw_answer(
            b"GET /news/ HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n",
            tls=tls,
        )
        assert answer == b"", answer[:200]
    # Without any Host at all (HTTP/1.0) likewise.
    assert raw_answer(b"GET / HTTP/1.0\r\n\r\n", tls=tls) == b""
    # The site's own name is still served.
    answer = raw_answer(
        b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
        tls=tls,
    )
    assert answer.startswith(b"HTTP/1.1 " + (b"200" if tls else b"301"))


def test_the_redirect_goes_to_the_configured_site_not_the_request_s_host(stack):
    """``Host: localhost`` (a served name) still redirects to SITE_URL's host."""
    connection = http.client.HTTPConnection(HOST, HTTP_PORT, timeout=5)
    try:
        connection.request("GET", "/news/?page=2", headers={"Host": "localhost:1"})
        response = connection.getresponse()
    finally:
        connection.close()
    assert response.status == 301
    assert response.getheader("Location") == f"{stack.url}/news/?page=2"


def test_uploads_are_served_sandboxed_and_never_sniffed(stack, web):
    pictures = sorted(p for p in Path(stack.media_root).rglob("*") if p.is_file())
    assert pictures, "the demo content has pictures"
    path = "/media/" + pictures[0].relative_to(stack.media_root).as_posix()
    status, headers, body, _ = web.get(path)
    assert status == 200
    assert body == pictures[0].read_bytes()
    assert headers["content-security-policy"] == "sandbox"
    assert headers["x-content-type-options"] == "nosniff"
    # Also on an error answer from that location.
    status, headers, _, _ = web.get("/media/no-such-file.pdf")
    assert status == 404
    assert headers["content-security-policy"] == "sandbox"


def test_the_login_form_is_rate_limited_per_address(stack):
    """
    A burst of 5 over 10 a minute is answered, then 429; other pages and
    other addresses are not affected. (From 127.0.0.2, so that the other
    stack tests, from 127.0.0.1, keep their own allowance.)
    """
    request = (
        b"GET /admin/login/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )

    def status(request, source):
        return raw_answer(request, tls=True, source=source)[9:12]

    statuses = [status(request, "127.0.0.2") for _ in range(10)]
    assert statuses[:6] == [b"200"] * 6, statuses
    assert statuses[-1] == b"429", statuses
    news = b"GET /news/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    assert status(news, "127.0.0.2") == b"200"
    assert status(request, "127.0.0.3") == b"200"


def test_app_sockets_are_0660_in_a_directory_only_nginx_s_group_enters(stack):
    """daphne's and gunicorn's alike."""
    directory = os.stat(stack.socket_dir)
    assert directory.st_mode & 0o007 == 0, oct(directory.st_mode)
    assert directory.st_mode & 0o050 == 0o050  # the group may enter
    assert stack.gunicorn is not None
    for server in [*stack.daphnes, stack.gunicorn]:
        info = os.stat(server.socket)
        assert stat.S_ISSOCK(info.st_mode)
        assert stat.S_IMODE(info.st_mode) == 0o660, oct(info.st_mode)
        assert info.st_gid == directory.st_gid
    if os.geteuid() == 0:
        assert directory.st_gid == pwd.getpwnam(stack.nginx_user).pw_gid


def nginx_workers(stack):
    master = int((stack.run_dir / "nginx-master.pid").read_text())
    workers = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master:
                workers.append(int(entry.name))
    return workers


def test_nginx_workers_do_not_run_as_root(stack):
    workers = nginx_workers(stack)
    assert workers
    for pid in workers:
        status = Path(f"/proc/{pid}/status").read_text()
        uids = next(line for line in status.splitlines() if line.startswith("Uid:"))
        assert set(uids.split()[1:]) == {str(pwd.getpwnam(stack.nginx_user).pw_uid)}
        if os.geteuid() == 0:
            assert "0" not in uids.split()[1:]


def test_another_local_user_cannot_reach_daphne_or_gunicorn(stack):
    """Only through nginx: a local process cannot forge X-Forwarded-For."""
    if os.geteuid() != 0 or not shutil.which("runuser"):
        pytest.skip("needs root to act as another local user")
    code = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "try:\n"
        "    s.connect(sys.argv[1])\n"
        "except PermissionError:\n"
        "    sys.exit(13)\n"
        "sys.exit(0)\n"
    )
    for server in [*stack.daphnes, stack.gunicorn]:
        result = subprocess.run(
            [
                "runuser",
                "-u",
                "nobody",
                "--",
                "python3",
                "-c",
                code,
                str(server.socket),
            ],  # fmt: skip
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert result.returncode == 13, result.stderr
