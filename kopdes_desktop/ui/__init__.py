"""Qt widgets only: the main window, its views, dialogs, widgets, models and workers."""
