#!/usr/bin/env bash
# Makes sure headless Chromium (Debian package "chromium") is installed for the real-browser test of
# the HTML output. Installs it when missing and this user may use apt; otherwise says so: the test then
# skips locally and fails in CI (CI=true), where the browser is required.
set -u
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing chromium (Debian package) for the browser test…" >&2
  if apt-get update -qq >/dev/null 2>&1 &&
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; then
    exit 0
  fi
  echo "ensure-browser: could not install chromium; the browser test will not run" >&2
else
  echo "ensure-browser: chromium is not installed (apt-get install chromium); the browser test will not run" >&2
fi
exit 0
