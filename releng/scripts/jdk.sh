# Finds a JDK whose major version is at least $1; prints its home. Sourced by ./reportdsl and ./build.sh.
# Looks at JAVA_HOME, then `java` on the PATH, then the system JVM directory; newest first there.

jdk_major() { # $1: java home -> major version (e.g. 17), or nothing
  local v
  # The JDK's release file answers without starting a JVM (each start costs start-up time).
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  case "$v" in 1.*) echo "${v#1.}" | cut -d. -f1 ;; *) echo "${v%%.*}" ;; esac
}

find_jdk() { # $1: minimum major version; $2: "jdk" to require javac
  local min=$1 need=${2:-jre} home candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${home%/}"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] || continue
    [ "$need" = jdk ] && [ ! -x "$home/bin/javac" ] && continue
    local major; major=$(jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge "$min" ] 2>/dev/null; then
      echo "$home"; return 0
    fi
  done
  return 1
}
