"""
Run daphne the way `make run` does: ``python -m presence.serve`` takes
daphne's command line (``-b``, ``-p``, ``--websocket-max-frame-size``...).

What differs from the ``daphne`` command, for the live counter's sockets
(DESIGN.md, "limits"):

- A connection that breaks the protocol (a frame over
  ``--websocket-max-frame-size``) is closed with a close frame carrying its
  code, 1009 for a frame too big, as DESIGN.md's wire contract says.
  autobahn's default for servers drops the TCP connection instead, which a
  browser reports as 1006.
- The inbound queue of each socket is bounded. daphne puts every frame a
  client sends into the application instance's ``asyncio.Queue`` without
  limit, so a client that sends faster than its consumer reads made the
  process swell by hundreds of MB. Here, once ``INBOUND_QUEUE_SIZE``
  messages wait, the server stops reading from that client (TCP pushes
  back) until its consumer has caught up.
- Pings are limited: more than ``PING_RATE`` a second (bursts of
  ``PING_BURST``) closes the socket with 4429 after an error frame, and a
  pong is only queued while less than ``MAX_PENDING_PONG_BYTES`` wait to be
  written (RFC 6455 allows answering only the latest ping), so a client
  that pings without reading its pongs cannot make the server buffer them.
- The upgrade's HTTP channel is let go once the socket is open (about
  3 KB per idle socket).
- The consumer is told about its connection through the scope's
  ``extensions["presence.transport"]``: ``closed`` and ``buffered`` (bytes
  not yet written), which the tracker uses to drop dead sockets and to
  skip sockets that do not read.
"""

import asyncio
import time
from functools import partial

from daphne.cli import CommandLineInterface
from daphne.server import Server
from daphne.ws_protocol import WebSocketProtocol

from .counting import ProtocolError, error_frame, take_token

# Messages waiting for one consumer before the server stops reading from
# its client, and the backlog below which it reads again.
INBOUND_QUEUE_SIZE = 16
INBOUND_RESUME_AT = 4
# Client pings: sustained rate per second and burst.
PING_RATE = 1.0
PING_BURST = 5
# A pong is queued only while fewer bytes than this wait to be written.
MAX_PENDING_PONG_BYTES = 16 * 1024
# After the server's close frame, how long the client has to answer
# before the connection is dropped. The server reads nothing more from a
# client it is closing (a flooder's backlog is not parsed), so the client's
# answer is never seen and this always runs out: long enough for a busy
# client to read the error frame and the close before the drop (autobahn's
# default, 1 s, was not under load), short enough to hold few sockets.
CLOSE_HANDSHAKE_SECONDS = 5


def unwritten_bytes(transport):
    """
    Return how many bytes ``transport`` holds that the peer has not taken.

    Twisted keeps them in the file descriptor's buffers (``dataBuffer``
    from ``offset``, plus ``_tempDataLen``), private but unchanged for
    years; a TLS transport wraps one, so look through wrappers.
    """
    for _ in range(4):
        if transport is None:
            return 0
        data = getattr(transport, "dataBuffer", None)
        if data is not None:
            return (
                len(data)
                - getattr(transport, "offset", 0)
                + getattr(transport, "_tempDataLen", 0)
            )
        transport = getattr(transport, "transport", None)
    return 0


class TransportView:
    """What the consumer may know of its connection; see the module doc."""

    __slots__ = ("_protocol",)

    def __init__(self, protocol):
        self._protocol = protocol

    @property
    def closed(self):
        return self._protocol.state == WebSocketProtocol.STATE_CLOSED

    @property
    def buffered(self):
        return unwritten_bytes(self._protocol.transport)


class InboundQueue(asyncio.Queue):
    """An application instance's queue that lets its protocol read again."""

    protocol = None

    def get_nowait(self):
        item = super().get_nowait()
        protocol = self.protocol
        if (
            protocol is not None
            and protocol.inbound_held
            and self.qsize() <= INBOUND_RESUME_AT
        ):
            asyncio.get_running_loop().call_soon(protocol.release_inbound)
        return item


class PresenceWebSocketProtocol(WebSocketProtocol):
    """daphne's websocket protocol with a bounded inbound queue and pings."""

    # Class defaults: an idle socket stores none of these itself.
    inbound_held = False
    ping_tokens = float(PING_BURST)
    ping_stamp = 0.0

    def onOpen(self):
        super().onOpen()
        # daphne upgrades an HTTP connection: twisted.web's HTTPChannel stays
        # registered as the transport's producer, and with it the upgrade's
        # request, about 3 KB per idle socket for its whole life. It has
        # nothing left to produce (it never pauses a request it is still
        # handling), so let it go.
        transport = self.transport
        if getattr(transport, "producer", None) is not None:
            transport.unregisterProducer()

    def onMessage(self, payload, isBinary):
        if self.state != self.STATE_OPEN:
            # Closing (the server refused the client): nothing more reaches
            # the application, and a client that keeps sending is not read
            # any more; autobahn drops it when the close handshake times out.
            self.hold_inbound()
            return
        super().onMessage(payload, isBinary)
        queue = getattr(self, "application_queue", None)
        if queue is not None and queue.qsize() >= INBOUND_QUEUE_SIZE:
            self.hold_inbound()

    def processData(self):
        # While held, bytes already read stay unparsed in autobahn's buffer
        # (at most one read, 64 KiB); nothing more is read from the socket.
        if self.inbound_held:
            return False
        return super().processData()

    def hold_inbound(self):
        if not self.inbound_held:
            self.inbound_held = True
            self.transport.pauseProducing()

    def release_inbound(self):
        queue = getattr(self, "application_queue", None)
        if not self.inbound_held or (
            queue is not None and queue.qsize() > INBOUND_RESUME_AT
        ):
            return
        self.inbound_held = False
        if self.state == self.STATE_CLOSED:
            return
        self.transport.resumeProducing()
        # Frames read before the hold are still buffered.
        self.consumeData()

    def onPing(self, payload):
        if self.state != self.STATE_OPEN:
            self.hold_inbound()
            return
        now = time.monotonic()
        try:
            self.ping_tokens = take_token(
                self.ping_tokens, self.ping_stamp, now, rate=PING_RATE, burst=PING_BURST
            )
        except ProtocolError as error:
            self.refuse(error)
            return
        finally:
            self.ping_stamp = now
        if unwritten_bytes(self.transport) >= MAX_PENDING_PONG_BYTES:
            # The client does not read: it gets a pong for a later ping.
            return
        super().onPing(payload)

    def refuse(self, error):
        """Send a readable error frame, then close with its code."""
        if self.state != self.STATE_OPEN:
            return
        self.sendMessage(error_frame(error).encode(), False)
        self.sendClose(code=error.code)
        # The application hears of it now, not when the close handshake
        # times out: the visitor leaves the count at once.
        queue = getattr(self, "application_queue", None)
        if queue is not None:
            queue.put_nowait({"type": "websocket.disconnect", "code": error.code})


class PresenceServer(Server):
    def run(self):
        ready = self.ready_callable

        def configure_then_ready():
            # Called once the websocket factory exists, before the reactor
            # runs: the one place daphne lets its options be extended.
            self.ws_factory.setProtocolOptions(
                failByDrop=False, closeHandshakeTimeout=CLOSE_HANDSHAKE_SECONDS
            )
            self.ws_factory.protocol = PresenceWebSocketProtocol
            if ready is not None:
                ready()

        self.ready_callable = configure_then_ready
        super().run()

    def create_application(self, protocol, scope):
        if not isinstance(protocol, PresenceWebSocketProtocol):
            return super().create_application(protocol, scope)
        # daphne's own, with a bounded queue and the connection's view.
        assert "application_instance" not in self.connections[protocol]
        input_queue = InboundQueue()
        input_queue.protocol = protocol
        scope.setdefault("asgi", {"version": "3.0"})
        scope.setdefault("extensions", {})["presence.transport"] = TransportView(
            protocol
        )
        application_instance = self.application(
            scope=scope,
            receive=input_queue.get,
            send=partial(self.handle_reply, protocol),
        )
        if protocol not in self.connections:
            return None
        self.connections[protocol]["application_instance"] = asyncio.ensure_future(
            application_instance,
            loop=asyncio.get_event_loop(),
        )
        return input_queue


class PresenceCommandLineInterface(CommandLineInterface):
    server_class = PresenceServer


if __name__ == "__main__":
    PresenceCommandLineInterface.entrypoint()
