"""
Run daphne the way `make run` does: ``python -m presence.serve`` takes
daphne's command line (``-b``, ``-p``, ``--websocket-max-frame-size``...).

The only difference from the ``daphne`` command: a connection that breaks
the protocol (a frame over ``--websocket-max-frame-size``) is closed with a
close frame carrying its code, 1009 for a frame too big, as DESIGN.md's
wire contract says. autobahn's default for servers drops the TCP
connection instead, which a browser reports as 1006.
"""

from daphne.cli import CommandLineInterface
from daphne.server import Server


class PresenceServer(Server):
    def run(self):
        ready = self.ready_callable

        def configure_then_ready():
            # Called once the websocket factory exists, before the reactor
            # runs: the one place daphne lets its options be extended.
            self.ws_factory.setProtocolOptions(failByDrop=False)
            if ready is not None:
                ready()

        self.ready_callable = configure_then_ready
        super().run()


class PresenceCommandLineInterface(CommandLineInterface):
    server_class = PresenceServer


if __name__ == "__main__":
    PresenceCommandLineInterface.entrypoint()
