"""Dialogs: first start, errors; later the record forms."""
