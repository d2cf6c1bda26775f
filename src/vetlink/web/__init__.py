"""The web app: server-rendered pages for staff and analysts and a JSON API under /api/v1.
Create it with :func:`vetlink.web.app.create_app`."""
