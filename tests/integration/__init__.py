"""Tests against the real parts: Dovecot, PostgreSQL or SQLite, aiosmtpd, Chromium, Tesseract."""
