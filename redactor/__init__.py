"""redactor: anonymise SEND casework documents.

The data flow, one sub-package per stage::

    extract -> detect -> link -> replace -> write

``redactor.cli`` is a thin click shell over ``redactor.runner``.
"""

__version__ = "0.1.0"
