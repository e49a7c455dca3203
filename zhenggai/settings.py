"""One settings module; every value that differs between machines comes from the environment.

SQLite is the default; DATABASE_URL=postgres://… switches to PostgreSQL.
"""
from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("ZHENGGAI_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("ZHENGGAI_DEBUG", False)
# Never a known key: without ZHENGGAI_SECRET_KEY a random one is made once in the var directory (mode 0600)
# and reused by every process on this machine. Several web machines must share one ZHENGGAI_SECRET_KEY.
SECRET_KEY = os.environ.get("ZHENGGAI_SECRET_KEY", "")
if not SECRET_KEY:
    from zhenggai.ops.secret import secret_key_from_file

    SECRET_KEY = secret_key_from_file(VAR_DIR / "secret_key")
ALLOWED_HOSTS = env_list("ZHENGGAI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("ZHENGGAI_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_q",
    "ninja",  # serves Swagger UI from our own static files: no CDN on a closed network, and the CSP allows it
    "django_otp",
    "django_otp.plugins.otp_totp",
    "zhenggai.accounts",
    "zhenggai.audit",
    "zhenggai.ledger",
    "zhenggai.importer",
    "zhenggai.reports",
    "zhenggai.portal",
    "zhenggai.battlemap",
    "zhenggai.supervision",
    "zhenggai.quality",
    "zhenggai.api",
    "zhenggai.ops",
    "zhenggai.notify",
    "zhenggai.petitions",
]

MIDDLEWARE = [
    "zhenggai.audit.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "zhenggai.ops.static.StaticFilesMiddleware",  # whitenoise: static files, before anything that looks at a session
    "zhenggai.accounts.csp.ContentSecurityPolicyMiddleware",
    "zhenggai.portal.middleware.PublicPageCacheMiddleware",  # anonymous public pages from the cache: before sessions
    "django.contrib.sessions.middleware.SessionMiddleware",
    "zhenggai.accounts.sessions.SessionIdleMiddleware",  # saves the session when its idle expiry is due to move
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "zhenggai.accounts.security.LoginPolicyMiddleware",
    "zhenggai.accounts.duties.SeparationOfDutiesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "zhenggai.audit.middleware.RequestContextMiddleware",
]

ROOT_URLCONF = "zhenggai.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "zhenggai" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "zhenggai.accounts.csp.csp_nonce",
                "zhenggai.notify.context.badges",
            ],
        },
    }
]
WSGI_APPLICATION = "zhenggai.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'zhenggai.sqlite3'}",
        conn_max_age=env_int("ZHENGGAI_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL + a busy timeout: the web process and the job worker share the file. Transactions begin
    # IMMEDIATE (take the write lock at BEGIN, waiting up to the timeout): a transaction that read first
    # and then wrote would fail at once with "database is locked" while another writer held the lock,
    # since SQLite cannot wait there without risking a deadlock (see README, "Limits").
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": env_int("ZHENGGAI_SQLITE_TIMEOUT_SECONDS", 20), "transaction_mode": "IMMEDIATE",
         "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Page queries are short: PostgreSQL's JIT compiler, set off by large cost estimates, only adds its
    # compile time (it doubled a unit user's problem list at 1M measures).
    # random_page_cost 1.1: the database is on SSD, where an index lookup of a few thousand rows beats a scan.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off -c random_page_cost=1.1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
     "OPTIONS": {"user_attributes": ("username", "full_name", "email", "phone")}},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": env_int("ZHENGGAI_PASSWORD_MIN_LENGTH", 8)}},
    {"NAME": "zhenggai.accounts.security.ComplexityValidator",
     "OPTIONS": {"min_classes": env_int("ZHENGGAI_PASSWORD_MIN_CLASSES", 3)}},
    {"NAME": "zhenggai.accounts.security.ZhCommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The login policy (zhenggai.accounts.security), MLPS level-3 defaults.
AUTHENTICATION_BACKENDS = ["zhenggai.accounts.backends.LockoutBackend"]
ZHENGGAI_LOCKOUT_ATTEMPTS = env_int("ZHENGGAI_LOCKOUT_ATTEMPTS", 5)
ZHENGGAI_LOCKOUT_MINUTES = env_int("ZHENGGAI_LOCKOUT_MINUTES", 30)
ZHENGGAI_LOGIN_IP_LIMIT = env_int("ZHENGGAI_LOGIN_IP_LIMIT", 20)
ZHENGGAI_LOGIN_IP_WINDOW_MINUTES = env_int("ZHENGGAI_LOGIN_IP_WINDOW_MINUTES", 15)
ZHENGGAI_PASSWORD_MAX_AGE_DAYS = env_int("ZHENGGAI_PASSWORD_MAX_AGE_DAYS", 90)  # 0 turns expiry off
ZHENGGAI_SESSION_ABSOLUTE_HOURS = env_int("ZHENGGAI_SESSION_ABSOLUTE_HOURS", 12)
# TOTP second factor (django-otp): optional for everyone; when on, required for the three MLPS admin roles.
ZHENGGAI_OTP_REQUIRED_FOR_ADMINS = env_bool("ZHENGGAI_OTP_REQUIRED_FOR_ADMINS", False)
OTP_TOTP_ISSUER = os.environ.get("ZHENGGAI_OTP_ISSUER", "zhenggai")
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

SESSION_COOKIE_AGE = env_int("ZHENGGAI_SESSION_IDLE_SECONDS", 30 * 60)
# Not on every request: zhenggai.accounts.sessions saves a session (moving its idle expiry) when the last save is
# more than ZHENGGAI_SESSION_REFRESH_SECONDS old, so an idle session ends 29–30 minutes after its last request.
SESSION_SAVE_EVERY_REQUEST = False
ZHENGGAI_SESSION_REFRESH_SECONDS = env_int("ZHENGGAI_SESSION_REFRESH_SECONDS", 60)
if not 0 <= ZHENGGAI_SESSION_REFRESH_SECONDS < SESSION_COOKIE_AGE:
    raise ImproperlyConfigured("ZHENGGAI_SESSION_REFRESH_SECONDS must be below the idle timeout "
                               "(ZHENGGAI_SESSION_IDLE_SECONDS)")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
TIME_ZONE = os.environ.get("ZHENGGAI_TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("ZHENGGAI_STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "zhenggai" / "static"]
# `zhenggai serve` collects hashed, compressed copies (a manifest) and starts its children with this on;
# without it (tests, a bare WSGI start) whitenoise serves the files straight from the apps, unhashed.
STATIC_MANIFEST = env_bool("ZHENGGAI_STATIC_MANIFEST", False)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage" if STATIC_MANIFEST
                    else "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = not STATIC_MANIFEST
# Evidence files live outside the web root and are only served through a permission-checked view.
MEDIA_ROOT = Path(os.environ.get("ZHENGGAI_MEDIA_ROOT", VAR_DIR / "files"))

MAX_UPLOAD_MB = env_int("ZHENGGAI_MAX_UPLOAD_MB", 20)
# Every parse runs in a child process under these limits (memory, seconds, rows, cells, characters,
# unzipped size): ZHENGGAI_PARSE_MEMORY_MB, ZHENGGAI_PARSE_TIMEOUT_SECONDS, ZHENGGAI_IMPORT_MAX_* (README, "Limits").
try:
    from zhenggai.importer.sandbox import Limits as _ParseLimits

    PARSE_LIMITS = _ParseLimits.from_env()
except ValueError as _exc:
    raise ImproperlyConfigured(str(_exc)) from None
# Plain text up to this size is parsed during the upload request; everything else in the worker.
IMPORT_INLINE_MAX_KB = env_int("ZHENGGAI_IMPORT_INLINE_MAX_KB", 256)
# Files still being parsed per user: one more upload waits until one of them is done.
IMPORT_CONCURRENT_PER_USER = env_int("ZHENGGAI_IMPORT_CONCURRENT_PER_USER", 2)
# A confirmed import is written to the ledger by the job worker, in one transaction of at most this long
# (a 200,000-row ledger: 8 s on SQLite, 17 s on PostgreSQL, at load 2.5 on two cores; 27 s on SQLite at load 6;
# the largest a reader takes is 300,000 rows).
IMPORT_COMMIT_TIMEOUT_SECONDS = env_int("ZHENGGAI_IMPORT_COMMIT_TIMEOUT_SECONDS", 600)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# The cache counts login failures per IP: share it between processes (Redis) in production.
# Signed-in pages cached whole (zhenggai.ledger.page_cache) live apart from the small entries: in Redis under their
# own prefix; in a process's memory at most ZHENGGAI_PAGE_CACHE_ENTRIES pages (~25–40 KB each).
ZHENGGAI_PAGE_CACHE_ENTRIES = env_int("ZHENGGAI_PAGE_CACHE_ENTRIES", 1000)
ZHENGGAI_PAGE_CACHE_SECONDS = env_int("ZHENGGAI_PAGE_CACHE_SECONDS", 300)  # 0 turns the page cache off
if os.environ.get("ZHENGGAI_REDIS_URL"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                          "LOCATION": os.environ["ZHENGGAI_REDIS_URL"]},
              "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                        "LOCATION": os.environ["ZHENGGAI_REDIS_URL"], "KEY_PREFIX": "pages"}}
else:
    # Room for every inspection's cached headline (locmem's default of 300 entries would cull them).
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "zhenggai",
                          "OPTIONS": {"MAX_ENTRIES": 20_000}},
              "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "zhenggai-pages",
                        "OPTIONS": {"MAX_ENTRIES": ZHENGGAI_PAGE_CACHE_ENTRIES}}}

# Background jobs: django-q2 with the database as broker, Redis when ZHENGGAI_REDIS_URL is set.
# Each kind of job has its own time limit (seconds: the worker kills it past that), from what it was measured to
# take, with room; unlisted jobs (notifications, the daily supervision run, the heartbeat) get Q_CLUSTER's
# "timeout". With the database as broker a job whose worker died is handed out again its own limit plus a
# minute after it started (zhenggai.ops.tasks), not the longest job's; with Redis it is not handed out again.
ZHENGGAI_TASK_TIMEOUTS: dict[str, int] = {
    # the parse child is killed at its own limit; the worker then marks the import failed
    "zhenggai.importer.services.import_parse_job": PARSE_LIMITS.seconds + 60,
    "zhenggai.petitions.imports.petition_import_run": PARSE_LIMITS.seconds + 60,
    "zhenggai.importer.services.import_commit_job": IMPORT_COMMIT_TIMEOUT_SECONDS,
    # 确认导入 of a petitions list (10,000 rows: ~3 s)
    "zhenggai.petitions.imports.petition_import_commit_job": env_int("ZHENGGAI_PETITION_COMMIT_TIMEOUT_SECONDS", 300),
    # the 整改质量 scan of one inspection (a 1M-measure re-scan: 5–8 min quiet, up to 31 min at load 7–15)
    "zhenggai.quality.jobs.scan_job": env_int("ZHENGGAI_QUALITY_SCAN_TIMEOUT_SECONDS", 3600),
    # LibreOffice is given 120 s (zhenggai.reports.pdf.TIMEOUT_SECONDS)
    "zhenggai.reports.pdf.pdf_convert_job": 180,
}
Q_CLUSTER: dict = {
    "name": "zhenggai",
    "workers": env_int("ZHENGGAI_Q_WORKERS", 2),
    "timeout": 300,
    "retry": 360,  # for a job without a limit of its own: longer than "timeout"
    "max_attempts": 3,  # a job that dies three times stays failed (shown in the admin) rather than looping
    "orm": "default",
    "broker_class": "zhenggai.ops.tasks.TaskTimeoutORM",
    "sync": env_bool("ZHENGGAI_Q_SYNC", False),
}
if os.environ.get("ZHENGGAI_REDIS_URL"):
    Q_CLUSTER.pop("orm")
    Q_CLUSTER.pop("broker_class")
    Q_CLUSTER["redis"] = os.environ["ZHENGGAI_REDIS_URL"]

# The web server (`zhenggai serve` runs gunicorn) and the job worker (`zhenggai worker`).
ZHENGGAI_WEB_WORKERS = env_int("ZHENGGAI_WEB_WORKERS", min(2 * (os.cpu_count() or 1) + 1, 9))
ZHENGGAI_WEB_THREADS = env_int("ZHENGGAI_WEB_THREADS", 4)
ZHENGGAI_WEB_TIMEOUT = env_int("ZHENGGAI_WEB_TIMEOUT", 120)  # seconds one request may take before it is killed
# Garbage-collector thresholds of the web processes, set once the start-up heap is frozen (zhenggai.ops.gc_tuning).
ZHENGGAI_GC_THRESHOLD = os.environ.get("ZHENGGAI_GC_THRESHOLD", "10000,20,20")
# How long a web process may reuse an inspection's ledger token for the anonymous public page's cache
# (zhenggai.portal.middleware); 0 reads it on every request.
ZHENGGAI_PUBLIC_TOKEN_SECONDS = float(os.environ.get("ZHENGGAI_PUBLIC_TOKEN_SECONDS", "1"))
ZHENGGAI_WEB_ACCESS_LOG = os.environ.get("ZHENGGAI_WEB_ACCESS_LOG", "")  # "-": stdout (journald)
ZHENGGAI_WORKER_HEARTBEAT_SECONDS = env_int("ZHENGGAI_WORKER_HEARTBEAT_SECONDS", 10)
# Notifications (zhenggai.notify): channels come only from here, never from a user's form; see the README.
ZHENGGAI_SITE_URL = os.environ.get("ZHENGGAI_SITE_URL", "")  # links in e-mails, e.g. https://zhenggai.example.gov.cn
ZHENGGAI_NOTIFY_EMAIL = bool(os.environ.get("ZHENGGAI_EMAIL_HOST"))
EMAIL_HOST = os.environ.get("ZHENGGAI_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("ZHENGGAI_EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("ZHENGGAI_EMAIL_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("ZHENGGAI_EMAIL_PASSWORD", "")
EMAIL_USE_TLS = env_bool("ZHENGGAI_EMAIL_TLS", False)
EMAIL_USE_SSL = env_bool("ZHENGGAI_EMAIL_SSL", False)
DEFAULT_FROM_EMAIL = os.environ.get("ZHENGGAI_EMAIL_FROM", "zhenggai@localhost")
ZHENGGAI_NOTIFY_WECOM_WEBHOOK = os.environ.get("ZHENGGAI_NOTIFY_WECOM_WEBHOOK", "")
ZHENGGAI_NOTIFY_DINGTALK_WEBHOOK = os.environ.get("ZHENGGAI_NOTIFY_DINGTALK_WEBHOOK", "")
ZHENGGAI_NOTIFY_DINGTALK_SECRET = os.environ.get("ZHENGGAI_NOTIFY_DINGTALK_SECRET", "")
ZHENGGAI_NOTIFY_FEISHU_WEBHOOK = os.environ.get("ZHENGGAI_NOTIFY_FEISHU_WEBHOOK", "")
ZHENGGAI_NOTIFY_FEISHU_SECRET = os.environ.get("ZHENGGAI_NOTIFY_FEISHU_SECRET", "")
ZHENGGAI_NOTIFY_SMS_URL = os.environ.get("ZHENGGAI_NOTIFY_SMS_URL", "")
ZHENGGAI_NOTIFY_SMS_BODY = os.environ.get("ZHENGGAI_NOTIFY_SMS_BODY", "")
ZHENGGAI_NOTIFY_SMS_CONTENT_TYPE = os.environ.get("ZHENGGAI_NOTIFY_SMS_CONTENT_TYPE", "application/json")
ZHENGGAI_NOTIFY_DEFAULT_CHANNELS = env_list("ZHENGGAI_NOTIFY_DEFAULT_CHANNELS", ["email"])
ZHENGGAI_NOTIFY_TIMEOUT = env_int("ZHENGGAI_NOTIFY_TIMEOUT", 5)
ZHENGGAI_NOTIFY_MAX_ATTEMPTS = env_int("ZHENGGAI_NOTIFY_MAX_ATTEMPTS", 6)
ZHENGGAI_AUDIT_DIGEST_FILE = os.environ.get("ZHENGGAI_AUDIT_DIGEST_FILE", "")  # default: VAR_DIR/audit-digest.jsonl

# Security headers; production (DEBUG off behind HTTPS) turns the cookie/HSTS flags on.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Report-only lets a deployment try the CSP before enforcing it; enforced by default.
ZHENGGAI_CSP_REPORT_ONLY = env_bool("ZHENGGAI_CSP_REPORT_ONLY", False)
HTTPS = env_bool("ZHENGGAI_HTTPS", False)
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the load balancer asks over plain HTTP

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "zhenggai.audit.logging.RequestIdFilter"},
        "redact": {"()": "zhenggai.audit.logging.RedactSecretsFilter"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain",
                             "filters": ["request_id", "redact"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("ZHENGGAI_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"},
                # django-q logs every job at INFO (the heartbeat too): warnings and errors only, unless asked.
                "django-q": {"level": os.environ.get("ZHENGGAI_Q_LOG_LEVEL", "WARNING")}},
}

# The measure_unit_open index carries non-key columns (INCLUDE) for PostgreSQL's index-only scans; SQLite
# builds it without them, which is what we want there.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
