#!/usr/bin/env bash
# Tests releng/scripts/jdk.sh (which JDK ./reportdsl and ./build.sh choose) on fake JDK folders: each
# a bin/java that is never run and the release file that names its version. Run by ./build.sh test.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
. "$root/releng/scripts/jdk.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/reportdsl-jdk-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failed=0
jdk() { # $1: folder under $tmp/jvm, $2: version, $3: "jdk" for a javac too
  mkdir -p "$tmp/jvm/$1/bin"
  printf '#!/bin/sh\nexit 99\n' > "$tmp/jvm/$1/bin/java"
  chmod +x "$tmp/jvm/$1/bin/java"
  [ "${3:-}" = jdk ] && cp "$tmp/jvm/$1/bin/java" "$tmp/jvm/$1/bin/javac"
  printf 'IMPLEMENTOR="test"\nJAVA_VERSION="%s"\n' "$2" > "$tmp/jvm/$1/release"
}
expect() { # $1: what, $2: expected "HOME MAJOR" (or "none"), then: JAVA_HOME, PATH, find_jdk_into's arguments
  local what=$1 want=$2 java_home=$3 path=$4 got
  shift 4
  if JAVA_HOME=$java_home PATH=$path REPORTDSL_JVM_DIR=$tmp/jvm find_jdk_into "$@"; then
    got="${JDK_HOME#"$tmp"/jvm/} $JDK_MAJOR"
  else
    got=none
  fi
  if [ "$got" = "$want" ]; then
    echo "jdk-test: ok: $what"
  else
    echo "jdk-test: FAILED: $what: expected $want, got $got" >&2
    failed=$((failed + 1))
  fi
}
# names that sort otherwise than their versions
jdk a-25 25.0.1
jdk m-17 17.0.9
jdk z-21 21.0.2 jdk
jdk old-8 1.8.0_292
mkdir -p "$tmp/empty" "$tmp/link"
ln -s "$tmp/jvm/z-21/bin/java" "$tmp/link/java"

expect "the newest in the system folder, by version, not by name" "a-25 25" "" "$tmp/empty" 17
expect "the major version is the chosen JDK's, not the last looked at" "a-25 25" "" "$tmp/empty" 25
expect "JAVA_HOME first when new enough" "m-17 17" "$tmp/jvm/m-17" "$tmp/empty" 17
expect "JAVA_HOME too old: the newest that will do" "a-25 25" "$tmp/jvm/m-17" "$tmp/empty" 21
expect "java on the PATH before the system folder" "m-17 17" "" "$tmp/jvm/m-17/bin" 17
expect "java on the PATH as a link into the system folder" "z-21 21" "" "$tmp/link" 17
expect "javac required: the newest with javac, a newer JRE passed over" "z-21 21" "$tmp/jvm/m-17" "$tmp/empty" 17 jdk
expect "nothing new enough" "none" "" "$tmp/empty" 26
printed=$(JAVA_HOME= PATH=$tmp/empty REPORTDSL_JVM_DIR=$tmp/jvm find_jdk 17)
[ "$printed" = "$tmp/jvm/a-25" ] && echo "jdk-test: ok: find_jdk prints the home" \
  || { echo "jdk-test: FAILED: find_jdk printed $printed" >&2; failed=$((failed + 1)); }
[ "$(jdk_major "$tmp/jvm/old-8")" = 8 ] && echo "jdk-test: ok: jdk_major of 1.8.0_292 is 8" \
  || { echo "jdk-test: FAILED: jdk_major of 1.8.0_292" >&2; failed=$((failed + 1)); }
[ "$failed" = 0 ] || { echo "jdk-test: $failed failed" >&2; exit 1; }
echo "jdk-test: all passed"
