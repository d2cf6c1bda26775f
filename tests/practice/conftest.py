"""Practice tests use the web tests' app, users (alice and bob: reporters; sam: analyst) and
databases (SQLite, and PostgreSQL when VETLINK_TEST_POSTGRES_URL is set)."""

from tests.store.dbfixtures import database_url  # noqa: F401  (a fixture)
from tests.store.fast_hashing import fast_password_hashing  # noqa: F401  (a fixture)
from tests.web.conftest import app, client, settings  # noqa: F401  (fixtures)
