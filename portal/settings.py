"""
Settings for the portal, driven entirely by environment variables.

Development defaults are safe: with nothing set, the portal runs embedded
(SQLite, in-memory channel layer, local-memory cache, in-process presence
store). Production differs only by environment variables; see README.md.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from django.utils.functional import lazy
from django_prose_editor.config import html_tags

static_lazy = lazy(static, str)

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"{name} must be a whole number, got {value!r}."
        ) from None


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        # One line, saying what to set: this is what an operator sees first.
        sys.exit(
            "Refusing to start: DEBUG is off and SECRET_KEY is not set. "
            "Set SECRET_KEY to a long random string (or DEBUG=1 for development)."
        )
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)

SITE_NAME = os.environ.get("SITE_NAME", "Portal")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60)
TECHNICAL_404 = env_bool("TECHNICAL_404", False)
# Public pages never outlive the next scheduled publication, nor the end of
# the breaking banner they show.
PAGE_CACHE_BOUND = [
    "articles.freshness.seconds_until_next_publication",
    "coverage.querysets.seconds_until_breaking_ends",
]
# Changes of public pages that happen without a save (their Last-Modified).
CONTENT_CHANGED_AT = ["coverage.querysets.breaking_last_ended"]

INSTALLED_APPS = [
    "daphne",
    # Before the admin, whose index page it extends with a "Live desk" link.
    "desk",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.flatpages",
    "channels",
    "pagecache",
    "django_prose_editor",
    "simple_history",
    "axes",
    "editions",
    "articles",
    "search",
    "metadata",
    "demo",
    "presence",
    "coverage",
    "ops",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The edition from the path (instead of Django's LocaleMiddleware), first
    # so that the 404 and 503 pages made by the middleware below speak it.
    "editions.middleware.EditionMiddleware",
    "csp.middleware.CSPMiddleware",
    "ops.middleware.SiteLookNotFoundMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "ops.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "ops.middleware.MediaNonceMiddleware",
    # Records who saved each article version (read only when one is saved).
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its page.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # First, so a locked-out address never reaches the password check.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Login throttling (django-axes): after LOGIN_FAILURES_PER_USER_AND_ADDRESS
# failed logins for one user name from one address, that pair is locked out
# for the cool-off time; after LOGIN_FAILURES_PER_ADDRESS failures from one
# address over any user names, the whole address is (guessing a new user
# name each time does not dodge it). The address-wide limit is higher
# because a newsroom behind one NAT address shares it. ops/login_limits.py
# gives each lockout entry its limit. The address follows the same
# trusted-proxy rule as the live counter (TRUSTED_PROXIES, below).
LOGIN_FAILURES_PER_USER_AND_ADDRESS = env_int("AXES_FAILURE_LIMIT", 5)
LOGIN_FAILURES_PER_ADDRESS = env_int("AXES_ADDRESS_FAILURE_LIMIT", 20)
AXES_FAILURE_LIMIT = "ops.login_limits.failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_CLIENT_IP_CALLABLE = "ops.proxies.client_ip_from_request"
AXES_LOCKOUT_CALLABLE = "ops.lockout.login_locked_out"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "ops.context_processors.site",
                "editions.context_processors.edition",
                "articles.context_processors.chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

# Database: SQLite unless DATABASE_URL names another (PostgreSQL in the real
# stack).
DATABASE_URL = os.environ.get("DATABASE_URL", "")
# DATABASE_POOL=1 (the real stack sets it): psycopg's connection pool instead
# of persistent connections. daphne runs each request's sync code in a thread
# of its own, and a persistent connection belongs to its thread, so under
# load they pile up until PostgreSQL answers "too many clients" (measured:
# 476 of 700 requests failed that way at 50 concurrent readers). The pool
# bounds them per process and hands them from thread to thread.
# gunicorn's sync workers (the stack's pages) run one request at a time on
# one thread, so they keep DATABASE_POOL off: one persistent connection per
# worker (DATABASE_CONN_MAX_AGE), health-checked before reuse.
DATABASE_POOL = env_bool("DATABASE_POOL", False)
if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=0 if DATABASE_POOL else env_int("DATABASE_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        options = DATABASES["default"].setdefault("OPTIONS", {})
        # Fail fast when PostgreSQL is gone instead of hanging a worker.
        options["connect_timeout"] = 3
        if DATABASE_POOL:
            # With CONN_HEALTH_CHECKS Django has the pool check each
            # connection before use, so connections that died with a
            # PostgreSQL restart are replaced: recovery needs no restart.
            options["pool"] = {
                "min_size": 1,
                "max_size": env_int("DATABASE_POOL_SIZE", 10),
                # A reader waits at most this long for a connection; then
                # the 503 page (ops.middleware) rather than a hung request.
                "timeout": 3,
            }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {"timeout": 20},
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis: cache, channel layer and presence store in the real stack.
REDIS_URL = os.environ.get("REDIS_URL", "")

if REDIS_URL:
    CACHES = {
        "default": {
            # Redis errors are cache misses, so pages keep serving while
            # Redis restarts; short timeouts bound what an outage costs.
            "BACKEND": "ops.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "OPTIONS": {
                "socket_connect_timeout": 1,
                "socket_timeout": 1,
            },
        }
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": [
                    {
                        "address": REDIS_URL,
                        # redis-py's defaults (a pool of 100, 5 s timeouts)
                        # lose frames under load: see DESIGN.md.
                        "max_connections": 1000,
                        "socket_timeout": 30,
                    }
                ],
                "prefix": "portal-channels",
            },
        }
    }
    PAGE_CACHE = {
        "BACKEND": "pagecache.backends.RedisPageCache",
        "OPTIONS": {"url": REDIS_URL},
    }
    PRESENCE_STORE = {
        "BACKEND": "presence.stores.RedisStore",
        "OPTIONS": {"url": REDIS_URL},
    }
    COVERAGE_BROADCAST = {
        "BACKEND": "coverage.broadcast.RedisBroadcast",
        "OPTIONS": {"url": REDIS_URL},
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "portal",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    PAGE_CACHE = {"BACKEND": "pagecache.backends.LocalPageCache", "OPTIONS": {}}
    PRESENCE_STORE = {"BACKEND": "presence.stores.InMemoryStore", "OPTIONS": {}}
    COVERAGE_BROADCAST = {
        "BACKEND": "coverage.broadcast.InMemoryBroadcast",
        "OPTIONS": {},
    }

PRESENCE_TTL = env_int("PRESENCE_TTL", 30)
PRESENCE_PUSH_INTERVAL = float(os.environ.get("PRESENCE_PUSH_INTERVAL") or 2)
PRESENCE_MAX_CONNECTIONS_PER_IP = env_int("PRESENCE_MAX_CONNECTIONS_PER_IP", 256)
PRESENCE_MAX_VISITORS_PER_IP = env_int("PRESENCE_MAX_VISITORS_PER_IP", 128)
# The live desk's engaged readers and sources (0 turns both off).
PRESENCE_ENGAGEMENT = env_bool("PRESENCE_ENGAGEMENT", True)
# Proxies whose X-Forwarded-For is believed, by the login throttle and the
# live counter alike (ops/clientaddress.py): addresses, networks, or "unix"
# for a peer on a Unix socket. PRESENCE_TRUSTED_PROXIES, its old name, is
# read when TRUSTED_PROXIES is not set.
TRUSTED_PROXIES = (
    env_list("TRUSTED_PROXIES") if "TRUSTED_PROXIES" in os.environ else None
)
PRESENCE_TRUSTED_PROXIES = env_list("PRESENCE_TRUSTED_PROXIES")
# Client messages per socket: sustained rate per second and burst; more
# closes the socket with 4429 (DESIGN.md).
PRESENCE_MESSAGE_RATE = float(os.environ.get("PRESENCE_MESSAGE_RATE") or 2)
PRESENCE_MESSAGE_BURST = env_int("PRESENCE_MESSAGE_BURST", 10)
# Readers are counted only on pages the site serves (presence/pages.py);
# an empty value counts every well-formed path. Distinct pages counted per
# process at once.
PRESENCE_PAGE_VALIDATOR = os.environ.get(
    "PRESENCE_PAGE_VALIDATOR", "articles.selectors.public_paths"
)
PRESENCE_MAX_PAGES = env_int("PRESENCE_MAX_PAGES", 5000)
# Breaking news and live stories ride on the presence socket.
PRESENCE_SOCKET_EXTENSIONS = ["coverage.socket.LiveStories"]
COVERAGE_BREAKING_INTERVAL = float(os.environ.get("COVERAGE_BREAKING_INTERVAL") or 5)

SESSION_ENGINE = "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Two editions (editions/): Ukrainian at /, English under /en/. The default
# language is the edition without a prefix; the interface's words are in
# locale/ (compiled catalogues are committed, so a fresh machine needs no
# gettext). Django's own catalogues translate the admin.
LANGUAGE_CODE = "uk"
LANGUAGES = [("uk", "Українська"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Kyiv")
USE_I18N = True
USE_TZ = True

SITE_ID = 1

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or not env_bool("STATIC_MANIFEST", True)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Serve static files from the finders when there is no collectstatic run
# (development and tests); production collects them and serves hashed names
# from the manifest (STATIC_MANIFEST=0 turns that off for the test suite).
WHITENOISE_USE_FINDERS = DEBUG or env_bool("WHITENOISE_USE_FINDERS", False)
WHITENOISE_AUTOREFRESH = DEBUG

# Security. Everything below is on whenever DEBUG is off; the proxy in front
# (nginx) terminates TLS and says so with X-Forwarded-Proto.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Origins besides SITE_URL's and CSRF_TRUSTED_ORIGINS whose pages may open
# the live counter's socket (scheme://host:port; see presence/security.py).
PRESENCE_ALLOWED_ORIGINS = env_list("PRESENCE_ALLOWED_ORIGINS")
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    # The health checks are asked over plain HTTP by the orchestrator.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Content-Security-Policy (django-csp 4): the site's own scripts, styles,
# images and fonts, and its websocket endpoint; nothing from elsewhere, no
# inline code. The admin's rich-text editor needs two exceptions: its inline
# import map carries the request's nonce (ops.middleware.MediaNonceMiddleware)
# and Tiptap's two constant <style> elements are allowed by hash
# (ops.csp.bundle_style_hashes() recomputes them; a test compares).
_SITE_ORIGIN = urlsplit(SITE_URL)
_WEBSOCKET_ORIGIN = (
    "wss://" if _SITE_ORIGIN.scheme == "https" else "ws://"
) + _SITE_ORIGIN.netloc
PROSE_EDITOR_STYLE_HASHES = [
    "'sha256-PO7p0X5lhMOwLo6YHG5vVCWPgbGNDh30KX0k1Dfrl7M='",
    "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, *PROSE_EDITOR_STYLE_HASHES],
        "img-src": [SELF],
        "font-src": [SELF],
        # 'self' covers ws(s): to the same host in CSP 3 browsers; the explicit
        # origin is for older ones.
        "connect-src": [SELF, _WEBSOCKET_ORIGIN],
        "manifest-src": [SELF],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# The rich-text editor's own extensions: the site's quote with attribution
# (figure.quote). What the editor offers is in articles/sanitize.py.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("articles/admin/quote_figure.js")],
        "extensions": {
            "QuoteFigure": html_tags(["figure", "blockquote", "figcaption"]),
            "QuoteCaption": html_tags(["figcaption"]),
        },
    }
]

# Pictures editors upload (hero and inline): see articles/images.py. 25
# megapixels takes a 24 MP camera's original (6000 x 4000) as it comes, far
# more than the widest rendition (1200 px) needs, and bounds what one upload
# can make a process decode (DESIGN.md, "Uploaded pictures").
ARTICLES_IMAGE_MAX_BYTES = env_int("ARTICLES_IMAGE_MAX_BYTES", 10 * 1024 * 1024)
ARTICLES_IMAGE_MAX_PIXELS = env_int("ARTICLES_IMAGE_MAX_PIXELS", 25_000_000)
ARTICLES_RENDITION_WIDTHS = (480, 800, 1200)

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Logs go to stdout, one JSON object per line (LOG_FORMAT=plain for a
# person at a terminal); the collector in front parses them.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "ops.logs.JSONFormatter"},
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": os.environ.get("LOG_FORMAT", "json"),
        },
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per login otherwise; lockouts are still logged.
        "axes": {"level": "WARNING"},
    },
}
