#!/usr/bin/env bash
# Debian packages the project needs, in two sets:
#   runtime  Tesseract with its Vietnamese model (scans, images) and LibreOffice Writer (.doc/.rtf/.odt)
#   test     runtime, plus what the tests render with: the metric-compatible Times New Roman and Arial
#            (fonts-liberation2; without it LibreOffice falls back to DejaVu and the scanned variants read
#            differently), DejaVu, Chromium for the headless page tests, and PostgreSQL (the database tests
#            run on both backends: a throw-away cluster in a temporary folder, tests/conftest.py)
#
#   scripts/install-system-deps.sh [runtime|test]           install what is missing (as root, with apt-get)
#   scripts/install-system-deps.sh --check [runtime|test]   list what is missing; exit 1 if anything is
#
# Not root or no apt-get: the exact command is printed and only scanned and legacy files (and the tests
# that need them, which then skip with a message) are affected. CI runs --check after installing, so a
# machine without a package fails loudly instead of passing on what another machine happened to have.
set -uo pipefail

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi
set_name="${1:-runtime}"
case "$set_name" in
  runtime) packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie libreoffice-writer-nogui) ;;
  test) packages=(tesseract-ocr tesseract-ocr-eng tesseract-ocr-vie libreoffice-writer-nogui fonts-liberation2 fonts-dejavu-core chromium postgresql) ;;
  *) echo "usage: $0 [--check] [runtime|test]" >&2; exit 2 ;;
esac

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done

if [ "$check" = 1 ]; then
  if [ ${#missing[@]} -gt 0 ]; then
    echo "MISSING Debian packages ($set_name set): ${missing[*]}" >&2
    echo "install them with: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "system packages ($set_name set): all ${#packages[@]} present"
  exit 0
fi

[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || { echo "apt-get install failed: ${missing[*]}; scanned and .doc inputs will fail with a message" >&2; exit 0; }
else
  echo "Missing Debian packages: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
fi
