"""Routes: ``api`` and ``api_cases`` (JSON under /api/v1), ``pages`` (sign-in, check,
reports), ``analyst`` (queue, cases, dashboard), ``review`` (guided reviewer), ``admin``."""
