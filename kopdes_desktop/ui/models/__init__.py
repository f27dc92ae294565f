"""Qt item models over domain dataclasses (every list is a QAbstractTableModel)."""
