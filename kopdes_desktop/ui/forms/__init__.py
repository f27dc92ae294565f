"""Forms: data entry with keyboard-first behaviour, inline messages and recovery drafts."""
