"""A page cache backend that records purges, for tests (Wagtail's way)."""

from pagecache.backends import LocalPageCache


class RecordingPageCache(LocalPageCache):
    def __init__(self, **options):
        super().__init__(**options)
        self.purged = set()
        self.purged_all = 0

    def purge(self, paths):
        self.purged |= set(paths)
        super().purge(paths)

    def purge_all(self):
        self.purged_all += 1
        super().purge_all()
