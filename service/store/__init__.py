"""Storage: the schema (SQLAlchemy models, created by alembic migrations) and the few writes and reads."""
