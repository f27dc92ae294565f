"""Words of a person's name for "search by any word prefix" (see ``PersonNameToken``).

Shared by the person service and the bulk loaders so both index names identically.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")
MAX_TOKEN_LENGTH = 60


def fold(text: str) -> str:
    """Lowercase, strip accents and apostrophes: "Ba'u" and "bau" search alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.lower().replace("'", "").replace("\u2019", "").replace("`", "")


def name_tokens(name: str) -> set[str]:
    """Distinct searchable words of a name."""
    return {t[:MAX_TOKEN_LENGTH] for t in _NON_WORD.split(fold(name)) if t}


def query_tokens(text: str) -> list[str]:
    """Words typed in a search box, longest first (the most selective word drives the scan)."""
    return sorted(name_tokens(text), key=len, reverse=True)
