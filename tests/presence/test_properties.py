"""
Random joins, leaves, page moves and crashes over simulated processes.

Each simulated process keeps its local truth in a LocalPresence and writes
what flips to one shared InMemoryStore, as the tracker's writer does, with
a heartbeat every TTL/3 of a controllable clock.
"""

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from presence.counting import LocalPresence
from presence.stores import InMemoryStore

TTL = 30
HEARTBEAT = TTL / 3
VISITORS = [f"{i:032x}" for i in range(6)]
PAGES = ["/a/", "/b/", "/c/"]


def run(coroutine):
    """Run an in-memory store call, which never really waits."""
    try:
        coroutine.send(None)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("the in-memory store awaited something")


class Process:
    def __init__(self, name, now):
        self.name = name
        self.local = LocalPresence()
        self.sockets = {}  # socket -> [visitor, page]
        self.beat = now

    def write(self, store, changes):
        """Write what flipped, the way the tracker's writer does."""
        run(
            store.update(
                self.name,
                joined=[v for v in changes.visitors if self.local.holds(v)],
                left=[v for v in changes.visitors if not self.local.holds(v)],
                reads_joined=[r for r in changes.reads if self.local.holds_read(*r)],
                reads_left=[r for r in changes.reads if not self.local.holds_read(*r)],
            )
        )


class PresenceMachine(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.now = 1_000_000.0
        self.store = InMemoryStore(ttl=TTL, clock=lambda: self.now)
        self.processes = [Process(f"p{i}", self.now) for i in range(3)]
        self.generation = 3
        self.next_socket = 0
        # Last time each visitor, and each (visitor, page), was held.
        self.last_held = {}
        self.last_read = {}

    def truth(self):
        visitors, reads = set(), set()
        for process in self.processes:
            for visitor, page in process.sockets.values():
                visitors.add(visitor)
                reads.add((visitor, page))
        return visitors, reads

    def note_held(self):
        visitors, reads = self.truth()
        for visitor in visitors:
            self.last_held[visitor] = self.now
        for read in reads:
            self.last_read[read] = self.now

    @rule(
        index=st.integers(0, 2),
        visitor=st.sampled_from(VISITORS),
        page=st.sampled_from(PAGES),
    )
    def open_socket(self, index, visitor, page):
        process = self.processes[index]
        socket = self.next_socket
        self.next_socket += 1
        process.sockets[socket] = [visitor, page]
        process.write(self.store, process.local.add(socket, visitor, page))
        self.note_held()

    @precondition(lambda self: any(p.sockets for p in self.processes))
    @rule(data=st.data())
    def close_socket(self, data):
        process = data.draw(st.sampled_from([p for p in self.processes if p.sockets]))
        socket = data.draw(st.sampled_from(sorted(process.sockets)))
        self.note_held()
        visitor, page = process.sockets.pop(socket)
        process.write(self.store, process.local.remove(socket, visitor, page))

    @precondition(lambda self: any(p.sockets for p in self.processes))
    @rule(data=st.data(), page=st.sampled_from(PAGES))
    def move_socket(self, data, page):
        process = data.draw(st.sampled_from([p for p in self.processes if p.sockets]))
        socket = data.draw(st.sampled_from(sorted(process.sockets)))
        self.note_held()
        visitor, old = process.sockets[socket]
        process.sockets[socket][1] = page
        process.write(self.store, process.local.move(socket, visitor, old, page))
        self.note_held()

    @rule(index=st.integers(0, 2))
    def crash(self, index):
        """A process dies without a word; a new one takes its place."""
        self.note_held()
        self.processes[index] = Process(f"p{self.generation}", self.now)
        self.generation += 1

    @rule(index=st.integers(0, 2))
    def stop(self, index):
        """A process stopped by SIGTERM removes its visitors at once."""
        process = self.processes[index]
        run(
            self.store.remove_process(
                process.name,
                visitors=process.local.visitors(),
                reads=process.local.reads(),
            )
        )
        self.processes[index] = Process(f"p{self.generation}", self.now)
        self.generation += 1
        self.note_held()

    def advance(self, seconds):
        """Let time pass, with every live process's heartbeat on time."""
        while seconds > 0:
            step = min(seconds, 1.0)
            self.now += step
            seconds -= step
            for process in self.processes:
                if self.now - process.beat >= HEARTBEAT:
                    process.beat = self.now
                    run(
                        self.store.refresh(
                            process.name,
                            visitors=process.local.visitors(),
                            reads=process.local.reads(),
                        )
                    )
                    run(self.store.prune(process.local.pages()))

    @rule(seconds=st.floats(0.5, 20))
    def wait(self, seconds):
        self.advance(seconds)

    @rule()
    def quiet(self):
        """After a TTL without joins, leaves or crashes, counts are exact."""
        self.advance(TTL + 1)
        visitors, reads = self.truth()
        online, pages = run(self.store.counts(PAGES))
        assert online == len(visitors)
        for page in PAGES:
            assert pages[page] == sum(1 for _, p in reads if p == page)

    @invariant()
    def counts_are_bounded(self):
        """Live visitors always count, once; only recent ones may linger."""
        if not hasattr(self, "store"):
            return
        visitors, reads = self.truth()
        online, pages = run(self.store.counts(PAGES))
        cutoff = self.now - TTL
        recent = {v for v, seen in self.last_held.items() if seen > cutoff}
        assert len(visitors) <= online <= len(visitors | recent)
        for page in PAGES:
            live = {v for v, p in reads if p == page}
            lingering = {
                v
                for (v, p), seen in self.last_read.items()
                if p == page and seen > cutoff
            }
            assert 0 <= len(live) <= pages[page] <= len(live | lingering)


PresenceMachine.TestCase.settings = settings(
    max_examples=150, stateful_step_count=40, deadline=None
)
test_presence_machine = PresenceMachine.TestCase
