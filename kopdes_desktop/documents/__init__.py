"""PDF documents: a dataclass in, PDF bytes out (filled by the documents issue)."""
