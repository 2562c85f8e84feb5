"""The schema revision this program expects; a test keeps it equal to Alembic's head.

Kept apart from the models so start-up can compare revisions without importing SQLAlchemy.
"""

SCHEMA_HEAD = "0005"
