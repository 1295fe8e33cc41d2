"""
presence.serve's websocket protocol (issue 12, finding 1): a client cannot
make daphne buffer its frames or its pongs without bound.

daphne's protocol is driven here in-process over Twisted's StringTransport,
with a real handshake and masked frames, and an application that does not
read (the worst case: its consumer is busy or stuck).
"""

import asyncio
import base64
import json
import os
import struct

import pytest
from daphne.ws_protocol import WebSocketFactory
from twisted.internet.address import IPv4Address
from twisted.internet.error import ConnectionDone
from twisted.internet.testing import StringTransport
from twisted.python.failure import Failure

from presence import serve
from presence.serve import PresenceServer, PresenceWebSocketProtocol

PAGE = json.dumps({"type": "page", "page": "/a/"}).encode()


def client_frame(payload, opcode=1):
    """A masked frame, as a client sends it."""
    mask = os.urandom(4)
    head = bytes([0x80 | opcode])
    if len(payload) < 126:
        head += bytes([0x80 | len(payload)])
    else:
        head += bytes([0x80 | 126]) + struct.pack("!H", len(payload))
    return head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def server_frames(data):
    """Parse the unmasked frames a server wrote: [(opcode, payload)]."""
    frames, i = [], 0
    while i + 2 <= len(data):
        opcode, n = data[i] & 0x0F, data[i + 1] & 0x7F
        i += 2
        if n == 126:
            (n,) = struct.unpack("!H", data[i : i + 2])
            i += 2
        frames.append((opcode, data[i : i + n]))
        i += n
    return frames


class Connection:
    """One websocket connection to a PresenceServer, over a StringTransport."""

    def __init__(self, app):
        self.server = PresenceServer(app, endpoints=["tcp:0"])
        self.server.connections = {}
        factory = WebSocketFactory(self.server, server="daphne")
        factory.setProtocolOptions(allowNullOrigin=True, failByDrop=False)
        factory.protocol = PresenceWebSocketProtocol
        self.server.ws_factory = factory
        peer = IPv4Address("TCP", "127.0.0.1", 40000)
        self.transport = StringTransport(
            peerAddress=peer, hostAddress=IPv4Address("TCP", "127.0.0.1", 8000)
        )
        self.protocol = factory.buildProtocol(peer)
        self.protocol._raw_query_string = b""

    async def open(self):
        self.protocol.makeConnection(self.transport)
        key = base64.b64encode(os.urandom(16))
        self.protocol.dataReceived(
            b"GET /ws/presence/ HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n"
            b"Upgrade: websocket\r\nConnection: Upgrade\r\n"
            b"Sec-WebSocket-Key: " + key + b"\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        for _ in range(100):
            if self.protocol.state == self.protocol.STATE_OPEN:
                break
            await asyncio.sleep(0.01)
        assert self.protocol.state == self.protocol.STATE_OPEN
        self.transport.clear()
        return self

    @property
    def queue(self):
        return self.protocol.application_queue


async def accept_then_stall(scope, receive, send):
    """An application that accepts and then reads nothing more."""
    assert await receive() == {"type": "websocket.connect"}
    await send({"type": "websocket.accept"})
    await asyncio.sleep(3600)


@pytest.fixture
async def connection():
    connection = await Connection(accept_then_stall).open()
    yield connection
    connection.server.connections[connection.protocol]["application_instance"].cancel()


async def test_a_flood_stops_being_read_at_the_queue_bound(connection):
    flood = b"".join(client_frame(PAGE) for _ in range(1000))
    connection.protocol.dataReceived(flood)
    # Before the fix all 1,000 were queued for the application.
    assert connection.queue.qsize() == serve.INBOUND_QUEUE_SIZE
    assert connection.transport.producerState == "paused"
    # The rest stays unparsed: no more than what was already read.
    assert len(connection.protocol.data) < len(flood)


async def test_reading_resumes_once_the_consumer_caught_up(connection):
    last = json.dumps({"type": "page", "page": "/last/"}).encode()
    frames = [client_frame(PAGE) for _ in range(40)] + [client_frame(last)]
    connection.protocol.dataReceived(b"".join(frames))
    received = []
    while len(received) < 41:
        message = await asyncio.wait_for(connection.queue.get(), 5)
        received.append(message["text"])
        assert connection.queue.qsize() <= serve.INBOUND_QUEUE_SIZE
    # Nothing lost, in order: the last move is the last one read.
    assert received[-1] == last.decode()
    await asyncio.sleep(0.01)
    assert connection.transport.producerState == "producing"


async def test_a_ping_flood_closes_with_4429(connection):
    connection.protocol.dataReceived(
        b"".join(client_frame(b"p%d" % i, opcode=9) for i in range(200))
    )
    frames = server_frames(connection.transport.value())
    pongs = [payload for opcode, payload in frames if opcode == 10]
    assert len(pongs) == serve.PING_BURST
    (error,) = [json.loads(p) for opcode, p in frames if opcode == 1]
    assert error["type"] == "error" and error["code"] == 4429
    assert "a second" in error["message"]
    (close,) = [payload for opcode, payload in frames if opcode == 8]
    assert struct.unpack("!H", close[:2])[0] == 4429
    # The application is told at once, so the visitor leaves the count.
    messages = [connection.queue.get_nowait() for _ in range(connection.queue.qsize())]
    assert {"type": "websocket.disconnect", "code": 4429} in messages


async def test_no_pong_is_queued_for_a_client_that_does_not_read(connection):
    # Twisted's own buffer of bytes the peer has not taken.
    connection.transport.dataBuffer = b"x" * serve.MAX_PENDING_PONG_BYTES
    connection.transport.offset = 0
    connection.transport._tempDataLen = 0
    connection.protocol.dataReceived(client_frame(b"ping", opcode=9))
    assert not connection.transport.value()
    del connection.transport.dataBuffer
    connection.protocol.dataReceived(client_frame(b"ping", opcode=9))
    assert server_frames(connection.transport.value()) == [(10, b"ping")]


async def test_the_consumer_is_told_about_its_connection():
    scopes = []

    async def app(scope, receive, send):
        scopes.append(scope)
        await accept_then_stall(scope, receive, send)

    connection = Connection(app)
    connection.transport.registerProducer(object(), True)
    await connection.open()
    view = scopes[0]["extensions"]["presence.transport"]
    assert not view.closed and view.buffered == 0
    # The upgrade's HTTP channel (here a stand-in) was let go.
    assert connection.transport.producer is None
    connection.protocol.connectionLost(Failure(ConnectionDone()))
    assert view.closed
    connection.server.connections[connection.protocol]["application_instance"].cancel()
