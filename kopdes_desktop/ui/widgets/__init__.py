"""Reusable widgets (area picker, count cards)."""
