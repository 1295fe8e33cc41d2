"""
Count the database queries of rendering pages: ``python -m bench.queries
/path/ ...`` prints ``{"/path/": n, ...}`` as JSON.

Each page is rendered twice through Django's test client (no page cache in
that path) and the second render's queries are counted, so one-off
look-ups (content types, the site) do not inflate the figure.
"""

import json
import os
import sys


def main(paths):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts[path] = len(queries) if response.status_code == 200 else None
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
