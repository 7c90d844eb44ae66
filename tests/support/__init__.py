"""What the tests share: mail builders, private servers (Dovecot, SMTP, the web app in Chromium), OCR images."""
