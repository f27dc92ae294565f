"""KopDes Desktop: offline registration and monitoring of Koperasi Kelurahan Merah Putih."""

__version__ = "0.1.0"
