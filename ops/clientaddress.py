"""
The client's address behind trusted proxies: one rule for the whole site.

The address is the peer's, or, only when the peer is a trusted proxy, the
rightmost ``X-Forwarded-For`` entry that is not a trusted proxy. Entries to
the left of that one were written by the client itself and prove nothing.

``client_ip()`` is plain Python (no Django, no settings) so the presence
consumer can call it with the ASGI scope's peer and headers; the login
throttle (django-axes) uses ``client_ip_from_request()``.
"""

import ipaddress


def _parse_networks(trusted_proxies):
    networks = []
    for item in trusted_proxies or ():
        try:
            networks.append(ipaddress.ip_network(str(item).strip(), strict=False))
        except ValueError:
            continue  # A typo in the setting must not trust everything.
    return networks


def _address(text):
    text = text.strip()
    if text.startswith("[") and "]" in text:  # "[2001:db8::1]:443"
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:  # "203.0.113.7:5123"
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def _trusted(address, networks):
    return any(address in network for network in networks)


def client_ip(peer, forwarded_for="", trusted_proxies=()):
    """
    Return the client's address as a string.

    ``peer`` is the address of whoever opened the connection,
    ``forwarded_for`` the ``X-Forwarded-For`` header (comma-separated, as
    received) and ``trusted_proxies`` addresses or networks
    (``PRESENCE_TRUSTED_PROXIES``). An unparsable peer is returned as given.
    """
    networks = _parse_networks(trusted_proxies)
    peer_address = _address(peer or "")
    if peer_address is None or not _trusted(peer_address, networks):
        return peer or ""
    chain = [part for part in (forwarded_for or "").split(",") if part.strip()]
    for entry in reversed(chain):
        address = _address(entry)
        if address is None:
            # Garbage in the header: stop at the last address a trusted
            # proxy vouched for rather than guess.
            break
        if not _trusted(address, networks):
            return str(address)
        peer_address = address
    return str(peer_address)


def client_ip_from_request(request):
    """``client_ip()`` for a Django request (``AXES_CLIENT_IP_CALLABLE``)."""
    from django.conf import settings

    return client_ip(
        request.META.get("REMOTE_ADDR", ""),
        request.META.get("HTTP_X_FORWARDED_FOR", ""),
        getattr(settings, "PRESENCE_TRUSTED_PROXIES", ()),
    )
