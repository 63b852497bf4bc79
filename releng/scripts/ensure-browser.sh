#!/usr/bin/env bash
# Makes sure headless Chromium (Debian package "chromium") and CJK fonts (fonts-noto-cjk, for faithful
# PDFs and screenshots) are installed for the real-browser test of the HTML output. Installs what is
# missing when this user may use apt; otherwise says so: the browser test then skips locally and fails
# in CI (CI=true), where the browser is required.
set -u
missing=()
for pkg in chromium fonts-noto-cjk; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-browser: installing ${missing[*]} (Debian packages) for the browser test…" >&2
  if apt-get update -qq >/dev/null 2>&1 &&
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    exit 0
  fi
  echo "ensure-browser: could not install ${missing[*]}; the browser test may not run" >&2
else
  echo "ensure-browser: ${missing[*]} not installed (apt-get install ${missing[*]}); the browser test may not run" >&2
fi
exit 0
