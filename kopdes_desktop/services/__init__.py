"""Use cases: own their transactions, validate through domain rules, speak in dataclasses."""
