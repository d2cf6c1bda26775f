"""vetlink: vet before you link.

A small core library (domain types, signals, scoring) shared by the CLI, the web app and the
batch job. The single entry point is :func:`vetlink.assess.assess`.
"""

__version__ = "0.1.0"
