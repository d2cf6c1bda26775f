"""One exception hierarchy. The CLI maps it to a one-line message and exit code 2; the web
layer maps it to a 4xx response with the same message."""

from __future__ import annotations


class VetlinkError(Exception):
    """Base of every error vetlink raises on purpose."""

    status = 400
    title = "Error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(VetlinkError):
    """The input could not be read or does not have the expected shape."""

    title = "Bad input"


class InputTooLarge(InputError):
    status = 413
    title = "Input too large"


class UnsupportedFormat(InputError):
    status = 415
    title = "Unsupported format"


class NotFound(VetlinkError):
    status = 404
    title = "Not found"


class PermissionDenied(VetlinkError):
    status = 403
    title = "Forbidden"


class ModelUnavailable(VetlinkError):
    status = 503
    title = "Model unavailable"


class NotAvailable(VetlinkError):
    """A part of vetlink that needs an optional extra which is not installed."""

    status = 501
    title = "Not available"
