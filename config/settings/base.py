"""Settings shared by every environment; values that differ come from environment variables.

Safe defaults only: DEBUG is off and there is no secret here. dev.py, test.py and production.py
build on this module. Every variable is listed in docs/settings.md.
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Sauat apps
    "accounts",
    "cms",
    "courses",
    "quizzes",
    "webinars",
    "tutor",
    "universities",
    "certificates",
    "analytics",
    "research",
    "demo",
    # Wagtail and translation
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # Background tasks
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "cms.page_cache.AnonymousPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite by default so a fresh clone runs with one command; DATABASE_URL for PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let readers and one writer work at once (reference/performance-security.md).
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Memory per sort/hash step: the analytics loads sort 200k attempts in memory instead of on disk
    # (bench/analytics.py; the 4MB default spills). Session setting, passed when connecting.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c work_mem=" + os.environ.get(
        "DATABASE_WORK_MEM", "64MB"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default; REDIS_URL for Redis.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "sauat"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Background jobs (django-tasks, as Wagtail uses): the database backend; `manage.py db_worker` runs them.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "courses:my_learning"

# django-allauth: e-mail is the login; addresses are verified.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = os.environ.get("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Sauat <no-reply@sauat.kz>")

# Languages: Kazakh first (the default), then Russian and English.
LANGUAGE_CODE = "kk"
LANGUAGES = [("kk", _("Kazakh")), ("ru", _("Russian")), ("en", _("English"))]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Almaty"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
    "analytics.finders.PlotlyFinder",  # analytics/plotly.min.js from the plotly package (dashboards), no CDN
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Sauat"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Webinar recordings are uploaded as documents too (webinars.Recording.media).
WAGTAILDOCS_EXTENSIONS += ["m4a", "mp3", "mp4", "oga", "ogg", "wav", "webm"]
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "wagtail": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Anonymous page cache for course and lesson pages (cms/page_cache.py); 0 turns it off.
# Seconds after a timed attempt's deadline during which answers still count (network delay).
SAUAT_QUIZ_GRACE_SECONDS = int(os.environ.get("SAUAT_QUIZ_GRACE_SECONDS", "15"))
SAUAT_PAGE_CACHE_SECONDS = int(os.environ.get("SAUAT_PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))

# Webinars: the live-room link appears to registrants this many minutes before the start (docs/webinars.md).
SAUAT_WEBINAR_ROOM_OPENS_MINUTES = int(os.environ.get("SAUAT_WEBINAR_ROOM_OPENS_MINUTES", "15"))

# Certificates (docs/certificates.md): Ed25519 issuer key as PKCS#8 PEM (manage.py certificates_keygen);
# without it, development and tests derive one from SECRET_KEY (production refuses to sign).
SAUAT_CERT_SIGNING_KEY = os.environ.get("SAUAT_CERT_SIGNING_KEY", "")
SAUAT_CERT_ALLOW_DERIVED_KEY = True
SAUAT_CERT_RETIRED_PUBLIC_KEYS = env_list("SAUAT_CERT_RETIRED_PUBLIC_KEYS")
SAUAT_CERT_ISSUER_URL = os.environ.get("SAUAT_CERT_ISSUER_URL", "")
SAUAT_CERT_ISSUER_NAME = os.environ.get("SAUAT_CERT_ISSUER_NAME", "Sauat")
SAUAT_CERT_CRITERIA = "Completed every lesson of the course and passed its final test on the Sauat platform."
SAUAT_CERT_VERIFY_RATE = tuple(int(n) for n in os.environ.get("SAUAT_CERT_VERIFY_RATE", "30/60").split("/"))
LOGGING["loggers"]["weasyprint"] = {"handlers": ["console"], "level": "WARNING", "propagate": False}
LOGGING["loggers"]["fontTools"] = {"handlers": ["console"], "level": "WARNING", "propagate": False}
# Universities (docs/universities.md): clinic intake retention, at-risk threshold, enrolment file limits.
SAUAT_CLINIC_RETENTION_MONTHS = int(os.environ.get("SAUAT_CLINIC_RETENTION_MONTHS", "6"))
SAUAT_AT_RISK_DAYS = int(os.environ.get("SAUAT_AT_RISK_DAYS", "14"))
SAUAT_ENROLMENT_MAX_ROWS = int(os.environ.get("SAUAT_ENROLMENT_MAX_ROWS", "20000"))
# Tutor, learning path (docs/tutor.md): BKT defaults, mastery rule, review session size.
SAUAT_TUTOR_BKT_DEFAULTS = {"prior": 0.3, "learn": 0.15, "guess": 0.15, "slip": 0.1}
SAUAT_TUTOR_MASTERY_THRESHOLD = float(os.environ.get("SAUAT_TUTOR_MASTERY_THRESHOLD", "0.95"))
SAUAT_TUTOR_MIN_ATTEMPTS = int(os.environ.get("SAUAT_TUTOR_MIN_ATTEMPTS", "2"))
SAUAT_TUTOR_STRUGGLING_BELOW = float(os.environ.get("SAUAT_TUTOR_STRUGGLING_BELOW", "0.6"))
SAUAT_TUTOR_REVIEW_SIZE = int(os.environ.get("SAUAT_TUTOR_REVIEW_SIZE", "8"))
SAUAT_TUTOR_FIT_MIN_SEQUENCES = int(os.environ.get("SAUAT_TUTOR_FIT_MIN_SEQUENCES", "200"))
# Tutor questions and answers (docs/tutor.md): threshold and coverage calibrated on tutor/eval; optional LLM.
SAUAT_TUTOR_SCORE_THRESHOLD = float(os.environ.get("SAUAT_TUTOR_SCORE_THRESHOLD", "0.2"))
SAUAT_TUTOR_MIN_COVERAGE = float(os.environ.get("SAUAT_TUTOR_MIN_COVERAGE", "0.2"))
SAUAT_TUTOR_LOG_SECRET = os.environ.get("SAUAT_TUTOR_LOG_SECRET", "")
SAUAT_TUTOR_EZAN_KOMEGI_URL = os.environ.get("SAUAT_TUTOR_EZAN_KOMEGI_URL", "https://eup.adilet.gov.kz/")
SAUAT_TUTOR_RATE_LIMIT = os.environ.get("SAUAT_TUTOR_RATE_LIMIT", "20/h")
SAUAT_TUTOR_LLM_BASE_URL = os.environ.get("SAUAT_TUTOR_LLM_BASE_URL", "")
SAUAT_TUTOR_LLM_MODEL = os.environ.get("SAUAT_TUTOR_LLM_MODEL", "")
SAUAT_TUTOR_LLM_API_KEY = os.environ.get("SAUAT_TUTOR_LLM_API_KEY", "")
SAUAT_TUTOR_LLM_TIMEOUT = float(os.environ.get("SAUAT_TUTOR_LLM_TIMEOUT", "20"))
# Analytics: learning events and xAPI forwarding (docs/analytics.md "Learning events and xAPI").
# The pseudonym key defaults to a derivation of SECRET_KEY; set it to keep pseudonyms stable across key rotation.
SAUAT_ANALYTICS_KEY = os.environ.get("SAUAT_ANALYTICS_KEY", "")
SAUAT_XAPI_PLATFORM_IRI = os.environ.get("SAUAT_XAPI_PLATFORM_IRI", "https://sauat.kz").rstrip("/")
SAUAT_XAPI_LRS_URL = os.environ.get("SAUAT_XAPI_LRS_URL", "")
SAUAT_XAPI_LRS_USERNAME = os.environ.get("SAUAT_XAPI_LRS_USERNAME", "")
SAUAT_XAPI_LRS_PASSWORD = os.environ.get("SAUAT_XAPI_LRS_PASSWORD", "")
SAUAT_XAPI_BATCH_SIZE = int(os.environ.get("SAUAT_XAPI_BATCH_SIZE", "50"))
SAUAT_XAPI_TIMEOUT = float(os.environ.get("SAUAT_XAPI_TIMEOUT", "10"))
SAUAT_XAPI_MAX_ATTEMPTS = int(os.environ.get("SAUAT_XAPI_MAX_ATTEMPTS", "12"))
SAUAT_XAPI_BACKOFF_SECONDS = int(os.environ.get("SAUAT_XAPI_BACKOFF_SECONDS", "60"))
# Test-only: seconds to wait after an LRS accepted a batch and before it is marked sent (crash-window tests).
SAUAT_XAPI_TEST_PAUSE_AFTER_POST = float(os.environ.get("SAUAT_XAPI_TEST_PAUSE_AFTER_POST", "0"))
# Analytics, gains and item quality (docs/analytics.md): small-cell threshold, report cache lifetime.
SAUAT_ANALYTICS_MIN_CELL = int(os.environ.get("SAUAT_ANALYTICS_MIN_CELL", "5"))
SAUAT_ANALYTICS_CACHE_SECONDS = int(os.environ.get("SAUAT_ANALYTICS_CACHE_SECONDS", "600"))

# Research exports (research/, docs/research.md): pseudonym key (else derived from SECRET_KEY),
# where packages are written (never under MEDIA_ROOT: they are not served as files), how long.
SAUAT_RESEARCH_KEY = os.environ.get("SAUAT_RESEARCH_KEY", "")
SAUAT_RESEARCH_EXPORT_ROOT = Path(os.environ.get("SAUAT_RESEARCH_EXPORT_ROOT", BASE_DIR / "var" / "research-exports"))
SAUAT_RESEARCH_RETENTION_DAYS = int(os.environ.get("SAUAT_RESEARCH_RETENTION_DAYS", "30"))
SAUAT_RESEARCH_LINK_HOURS = int(os.environ.get("SAUAT_RESEARCH_LINK_HOURS", "72"))
SAUAT_RESEARCH_MIN_K = int(os.environ.get("SAUAT_RESEARCH_MIN_K", "5"))
# Share of participants whose rarest quasi-identifier values may be withheld instead of coarsening everyone.
SAUAT_RESEARCH_MAX_WITHHELD_SHARE = float(os.environ.get("SAUAT_RESEARCH_MAX_WITHHELD_SHARE", "0.05"))
SAUAT_RESEARCH_XLSX_MAX_CELLS = int(os.environ.get("SAUAT_RESEARCH_XLSX_MAX_CELLS", "250000"))
# Tables with more cells are written as CSV and Parquet only, not .sav/.dta (readstat takes ~0.5 s per million cells).
SAUAT_RESEARCH_STATS_MAX_CELLS = int(os.environ.get("SAUAT_RESEARCH_STATS_MAX_CELLS", "10000000"))
SAUAT_OPERATOR_NAME = os.environ.get("SAUAT_OPERATOR_NAME", "Sauat")
SAUAT_OPERATOR_BIN = os.environ.get("SAUAT_OPERATOR_BIN", "")
SAUAT_RELEASE = os.environ.get("SAUAT_RELEASE", "")
