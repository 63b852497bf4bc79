#!/usr/bin/env bash
# Makes sure Debian packages some tests need are installed:
#   ensure-packages.sh "WHAT THEY ARE FOR" PACKAGE...
# Installs what is missing when this user may use apt; otherwise says so and exits 0 (the tests that
# need the packages then skip locally, or fail in CI, where they are required).
set -u
purpose=$1
shift
missing=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-packages: installing ${missing[*]} (Debian packages) for $purpose…" >&2
  if apt-get update -qq >/dev/null 2>&1 &&
     DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
    exit 0
  fi
  echo "ensure-packages: could not install ${missing[*]}; $purpose may not run" >&2
else
  echo "ensure-packages: ${missing[*]} not installed (apt-get install ${missing[*]}); $purpose may not run" >&2
fi
exit 0
