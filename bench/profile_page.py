"""
Profile rendering one page with pyinstrument: ``python -m bench.profile_page
/path/ [times]``, with the same environment variables as the server.

Renders the page ``times`` times through Django's test client (no page
cache in that path) and prints where the time went.
"""

import os
import sys


def main(path, times=50):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    import django

    django.setup()
    from django.test import Client
    from pyinstrument import Profiler

    client = Client(HTTP_HOST="127.0.0.1")
    client.get(path)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(times):
            client.get(path)
    show_all = os.environ.get("PROFILE_ALL") == "1"
    print(profiler.output_text(unicode=False, color=False, show_all=show_all))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 50)
