#!/usr/bin/env bash
# Makes sure the editor's UI tests and the Report Studio smoke test can have a display: Xvfb, xauth
# and GTK 3 (Debian packages xvfb xauth libgtk-3-0). Installs what is missing when this user may use
# apt; otherwise says so (the UI tests then fail for want of a display).
set -u
missing=()
for pkg in xvfb xauth libgtk-3-0; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-display: installing ${missing[*]} (Debian packages) for the UI tests…" >&2
  if apt-get update -qq >/dev/null 2>&1 &&
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    exit 0
  fi
  echo "ensure-display: could not install ${missing[*]}; the UI tests need a display" >&2
else
  echo "ensure-display: ${missing[*]} not installed (apt-get install ${missing[*]}); the UI tests need a display" >&2
fi
exit 0
