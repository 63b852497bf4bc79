# Finds a JDK whose major version is at least $1; prints its home. Sourced by ./reportdsl and ./build.sh.
# Looks at JAVA_HOME, then `java` on the PATH, then the system JVM directory; newest first there.
# Shell built-ins where they can do the work: ./reportdsl runs this before every one-shot command, and
# each program started costs a few milliseconds of it.

jdk_major() { # $1: java home -> major version (e.g. 17), or nothing
  local line v=
  # The JDK's release file answers without starting a JVM (each start costs start-up time).
  if [ -r "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;; esac
    done < "$1/release"
  fi
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  v=${v#1.}   # 1.8.0_292 -> 8.0_292
  echo "${v%%[!0-9]*}"
}

find_jdk() { # $1: minimum major version; $2: "jdk" to require javac
  local min=$1 need=${2:-jre} home java candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java=$(command -v java) && java=$(readlink -f "$java"); then
    candidates+=("${java%/bin/java}")
  fi
  for home in $(printf '%s\n' /usr/lib/jvm/*/ | sort -rV); do [ -d "$home" ] && candidates+=("${home%/}"); done
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
