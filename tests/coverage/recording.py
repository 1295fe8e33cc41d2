"""A broadcast that records what was published, for tests."""

import json

from coverage.broadcast import InMemoryBroadcast


class RecordingBroadcast(InMemoryBroadcast):
    def __init__(self, **options):
        super().__init__(**options)
        self.published = []

    def publish(self, data):
        self.published.append(json.loads(data))
        return super().publish(data)
