#!/usr/bin/env bash
# Browser tests need Debian's chromium, plus WebKitGTK's WebKitWebDriver under Xvfb and Firefox ESR (the same flows
# run in all three: tests/e2e/engines.test.ts); report checks need poppler-utils and qpdf, bundle checks unzip and 7-Zip.
# Install them when missing (a fresh machine of this kind runs as root with apt-get).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v 7z >/dev/null 2>&1 || missing+=(p7zip-full)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} with apt-get..."
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
