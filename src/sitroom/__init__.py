"""sitroom: a situation room for breaking news."""

__version__ = "0.1.0"
