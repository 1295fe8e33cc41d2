"""
Settings for the benchmark's baseline applications only.

The portal's own settings (same environment variables), plus the baseline
models and a URLconf with the plain view. The portal itself never loads
this module.
"""

from portal.settings import *  # noqa: F403
from portal.settings import INSTALLED_APPS

INSTALLED_APPS = [*INSTALLED_APPS, "bench.baselines"]
ROOT_URLCONF = "bench.urls"
