#!/usr/bin/env bash
# Debian packages the readers need: Tesseract with its Vietnamese model (scans, images) and
# LibreOffice Writer (.doc/.rtf/.odt); and Chromium, with which the tests load a Datasette page headless.
# Installed when missing and we are root (as in CI); otherwise the exact command is printed and only
# scanned and legacy files (and that one test, which then skips with a message) are affected.
set -uo pipefail
packages=()
command -v tesseract >/dev/null 2>&1 || packages+=(tesseract-ocr)
{ command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx vie; } || packages+=(tesseract-ocr-vie)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -qi dejavu || packages+=(fonts-dejavu-core)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null \
    || { echo "apt-get install failed; scanned and .doc inputs will fail with a message" >&2; exit 0; }
else
  echo "Missing Debian packages for scans, .doc files and the browser test: sudo apt-get install -y ${packages[*]}" >&2
fi
