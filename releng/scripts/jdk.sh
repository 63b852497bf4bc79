# Finds a JDK whose major version is at least $1; prints its home. Sourced by ./reportdsl and ./build.sh.
# Looks at JAVA_HOME, then `java` on the PATH, then the system JVM directory (/usr/lib/jvm, or
# REPORTDSL_JVM_DIR: jdk-test.sh sets it); newest first there. Tested by releng/scripts/jdk-test.sh.
# Shell built-ins only on the way ./reportdsl takes before every one-shot command: each program or
# subshell started costs a few milliseconds there (up to 10 on a virtual machine, where a fork is dear),
# so the *_into forms leave their answer in a variable instead of printing it.

jdk_major_into() { # $1: java home -> JDK_MAJOR: its major version (e.g. 17), or empty
  local line v=
  # The JDK's release file answers without starting a JVM (each start costs start-up time).
  if [ -r "$1/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case $line in JAVA_VERSION=*) v=${line#JAVA_VERSION=}; v=${v//\"/}; break ;; esac
    done < "$1/release"
  fi
  [ -n "$v" ] || v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1)
  v=${v#1.}   # 1.8.0_292 -> 8.0_292
  JDK_MAJOR=${v%%[!0-9]*}
}

jdk_major() { # $1: java home -> prints its major version (e.g. 17), or nothing
  jdk_major_into "$1"
  echo "$JDK_MAJOR"
}

path_java_home_into() { # -> PATH_JAVA_HOME: the home of `java` on the PATH, or empty
  local dir java= home IFS=:
  PATH_JAVA_HOME=
  for dir in $PATH; do
    [ -x "${dir:-.}/java" ] && [ ! -d "${dir:-.}/java" ] && { java=${dir:-.}/java; break; }
  done
  [ -n "$java" ] || return 0
  home=${java%/java}
  home=${home%/bin}
  if [ -r "$home/release" ]; then
    PATH_JAVA_HOME=$home
    return 0
  fi
  # a link into a JDK elsewhere (Debian's /usr/bin/java): the system JVM's that it is, else resolved
  for home in "${REPORTDSL_JVM_DIR:-/usr/lib/jvm}"/*/; do
    [[ $java -ef ${home}bin/java ]] && { PATH_JAVA_HOME=${home%/}; return 0; }
  done
  java=$(readlink -f "$java" 2>/dev/null) && PATH_JAVA_HOME=${java%/bin/java}
}

find_jdk_into() { # $1: minimum major version; $2: "jdk" to require javac -> JDK_HOME and JDK_MAJOR, or status 1
  local min=$1 need=${2:-jre} home best= best_major=-1
  JDK_HOME=
  path_java_home_into
  for home in "${JAVA_HOME:-}" "$PATH_JAVA_HOME"; do
    [ -n "$home" ] && usable_jdk "$home" && { JDK_HOME=$home; return 0; }
  done
  # the system JVM directory: the newest that will do
  for home in "${REPORTDSL_JVM_DIR:-/usr/lib/jvm}"/*/; do
    home=${home%/}
    usable_jdk "$home" && [ "$JDK_MAJOR" -gt "$best_major" ] && { best=$home; best_major=$JDK_MAJOR; }
  done
  [ -n "$best" ] || return 1
  JDK_HOME=$best
  JDK_MAJOR=$best_major   # the chosen one's, not the last one looked at
}

usable_jdk() { # $1: java home -> whether it has java (javac when $need is jdk) and major >= $min (JDK_MAJOR set)
  [ -x "$1/bin/java" ] || return 1
  [ "$need" = jdk ] && [ ! -x "$1/bin/javac" ] && return 1
  jdk_major_into "$1"
  [ -n "$JDK_MAJOR" ] && [ "$JDK_MAJOR" -ge "$min" ] 2>/dev/null
}

find_jdk() { # $1: minimum major version; $2: "jdk" to require javac -> prints its home, or status 1
  find_jdk_into "$@" && echo "$JDK_HOME"
}
