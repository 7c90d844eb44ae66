"""Persistence: the raw-mail archive, the SQLModel tables, the engine and the migrations."""
