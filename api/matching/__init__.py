"""Matching engine: scoring households against places and assigning them in batches."""
