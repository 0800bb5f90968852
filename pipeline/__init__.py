"""kehoach: Vietnamese government plan documents -> SQLite + JSON."""

__version__ = "0.1.0"
# The version of the JSON document's fields (pipeline.model.SCHEMA_VERSION): here, so that a run that only checks
# what changed reads it without importing pydantic.
SCHEMA_VERSION = "0.26.0"
