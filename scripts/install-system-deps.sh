#!/usr/bin/env bash
# Installs the Debian packages the test suite talks to (real servers, no mocks): Dovecot for IMAP,
# Chromium for the review UI's browser tests, Tesseract with the six ITU language packs and fonts for OCR.
# Only what is missing is installed; without root it prints what to install instead.
set -euo pipefail

packages=(
  dovecot-imapd
  chromium
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa
  tesseract-ocr-rus tesseract-ocr-ara tesseract-ocr-chi-sim
  poppler-utils fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${missing[*]}" >&2
  echo "install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
