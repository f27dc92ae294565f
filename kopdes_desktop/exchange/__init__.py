"""Export and import of exchange packages and spreadsheets (filled by the exchange issue)."""
