"""relay-example: two small text helpers, released by release-relay's demo."""

from relay_example.text import slugify, wrap

__all__ = ["slugify", "wrap", "__version__"]

__version__ = "0.1.0"
