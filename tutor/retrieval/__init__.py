"""Retrieval for the tutor: analysers per language, the passage builder and the in-memory bm25s engine."""
