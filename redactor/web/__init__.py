"""The web page (``redactor serve``): routes, templates and static files, thin over the library."""

from redactor.web.app import create_app

__all__ = ["create_app"]
