"""kehoach: Vietnamese government plan documents -> SQLite + JSON."""

__version__ = "0.1.0"
