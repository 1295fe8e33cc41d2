"""
Who the client is: one rule for the login throttle and the live counter.

The address is the peer's, or, only when the peer is a trusted proxy, the
rightmost ``X-Forwarded-For`` entry that is not a trusted proxy. Entries to
the left of that one were written by the client itself and prove nothing.

Plain Python with no Django import: the live counter calls it with an ASGI
scope's peer and headers (``presence.tracker.Tracker.address()``), the login
throttle through ``ops.proxies.client_ip_from_request()`` (django-axes'
``AXES_CLIENT_IP_CALLABLE``). The trusted proxies come from the
``TRUSTED_PROXIES`` setting, parsed once by ``parse_trusted_proxies()``.
"""

import ipaddress

# A peer on a Unix socket: ASGI and WSGI give it no address. As a setting
# entry it trusts such peers (nginx in front on a socket); as a result it is
# the one address every such client shares.
UNIX = "unix"


class TrustedProxies:
    """Parsed trusted-proxy entries: networks, and whether Unix peers count."""

    def __init__(self, networks=(), unix=False):
        self.networks = tuple(networks)
        self.unix = unix

    def trusts(self, address):
        """True for a trusted ``ip_address``, or ``None`` (a Unix peer)."""
        if address is None:
            return self.unix
        return any(address in network for network in self.networks)

    def __eq__(self, other):
        return (
            isinstance(other, TrustedProxies)
            and self.networks == other.networks
            and self.unix == other.unix
        )

    def __repr__(self):
        entries = [str(network) for network in self.networks]
        return f"TrustedProxies({entries + [UNIX] * self.unix!r})"


def parse_trusted_proxies(entries, name="TRUSTED_PROXIES"):
    """
    Turn the setting's entries (addresses, networks, ``"unix"``) into
    ``TrustedProxies``.

    Raise ``ValueError`` naming the first bad entry: a typo must stop the
    site from starting, neither trust everything nor be silently dropped.
    Parsed ``TrustedProxies`` are returned as they are.
    """
    if isinstance(entries, TrustedProxies):
        return entries
    if isinstance(entries, str):
        entries = entries.split(",")
    networks, unix = [], False
    for entry in entries or ():
        text = str(entry).strip()
        if not text:
            continue
        if text == UNIX:
            unix = True
            continue
        try:
            networks.append(ipaddress.ip_network(text, strict=False))
        except ValueError:
            raise ValueError(
                f"{name} has an entry that is not an IP address, a network "
                f"or {UNIX!r}: {text!r}."
            ) from None
    return TrustedProxies(networks, unix)


def parse_address(text):
    """
    The IP address in ``text``, without a port, or ``None`` for garbage.

    Proxies write ``203.0.113.7:5123`` and ``[2001:db8::1]:443`` too.
    """
    text = (text or "").strip()
    if text.startswith("[") and "]" in text:
        text = text[1 : text.index("]")]
    elif text.count(":") == 1:
        text = text.split(":", 1)[0]
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def client_address(peer, forwarded_for, trusted_proxies):
    """
    Return the client's address as a string, or ``UNIX``.

    ``peer`` is the address of whoever opened the connection (``None`` or
    ``""`` for a Unix socket), ``forwarded_for`` the ``X-Forwarded-For``
    header as received (comma-separated; several headers joined with
    commas) and ``trusted_proxies`` what ``parse_trusted_proxies()`` made.
    A peer that is not an address is returned as given.
    """
    trusted_proxies = parse_trusted_proxies(trusted_proxies)
    if not peer:
        address = None
    else:
        address = parse_address(peer)
        if address is None:
            return peer
    if not trusted_proxies.trusts(address):
        return UNIX if address is None else str(address)
    chain = [entry for entry in (forwarded_for or "").split(",") if entry.strip()]
    for entry in reversed(chain):
        hop = parse_address(entry)
        if hop is None:
            # Garbage in the header: stop at the last address a trusted
            # proxy vouched for rather than guess.
            break
        if not trusted_proxies.trusts(hop):
            return str(hop)
        # Every hop so far was a trusted proxy: this one is the closest to
        # the client that is known.
        address = hop
    return UNIX if address is None else str(address)
