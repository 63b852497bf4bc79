#!/usr/bin/env bash
# Tests the background process as users meet it: ./reportdsl with its Perl client (reportdsl-client.pl)
# and the `reportdsl daemon` it starts. Every command gives the same standard output, standard error,
# exit code and files as the same command run alone (REPORTDSL_DAEMON=0), from the repository and from
# another folder, at once with others, after the process was killed or its program rebuilt, with an
# unsafe socket folder, without perl; a client that is killed or whose output is closed leaves the
# process serving; a command substitution does not wait for it; --status and --stop find and stop every
# process. Needs the built jar (run by ./build.sh test after the Maven build).
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
reportdsl=$root/reportdsl
jar=$root/org.report.dsl.cli/target/reportdsl.jar
[ -f "$jar" ] || { echo "daemon-test: $jar is missing (build first)" >&2; exit 2; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/reportdsl-daemon-test.XXXXXX")
mkdir -m 700 "$tmp/run"
export XDG_RUNTIME_DIR=$tmp/run   # the sockets: $tmp/run/reportdsl
export REPORTDSL_DAEMON=1
unset CI
sockets=$tmp/run/reportdsl
cleanup() {
  "$reportdsl" daemon --stop >/dev/null 2>&1
  pkill -f -- "--socket $sockets/" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
failed=0 checks=0
ok() { checks=$((checks + 1)); echo "daemon-test: ok: $1"; }
fail() { checks=$((checks + 1)); failed=$((failed + 1)); echo "daemon-test: FAILED: $1" >&2; }

# the command run through the background process and alone: the same bytes on each stream, the same exit
# code and, when an output folder is given as $out, the same files in it
same() { # what, args...
  local what=$1 d a
  shift
  rm -rf "$tmp/out"
  "$reportdsl" "$@" >"$tmp/d.out" 2>"$tmp/d.err"
  d=$?
  [ -d "$tmp/out" ] && mv "$tmp/out" "$tmp/d.files"
  REPORTDSL_DAEMON=0 "$reportdsl" "$@" >"$tmp/a.out" 2>"$tmp/a.err"
  a=$?
  [ -d "$tmp/out" ] && mv "$tmp/out" "$tmp/a.files"
  if [ "$d" != "$a" ]; then
    fail "$what: exit code $d through the background process, $a alone"
  elif ! cmp -s "$tmp/d.out" "$tmp/a.out" || ! cmp -s "$tmp/d.err" "$tmp/a.err"; then
    fail "$what: the output differs: $(diff "$tmp/a.out" "$tmp/d.out" | head -3) $(diff "$tmp/a.err" "$tmp/d.err" | head -3)"
  elif [ -d "$tmp/a.files" ] && ! same_files "$tmp/a.files" "$tmp/d.files"; then
    fail "$what: the files written differ"
  else
    ok "$what (exit $d)"
  fi
  rm -rf "$tmp/a.files" "$tmp/d.files"
}
# the same files: byte for byte, a PDF by its pages and text (its ID and dates differ between any two runs,
# and so, by a byte or two, does the size of the compressed object that holds them)
same_files() { # folder, folder
  local f
  [ "$(cd "$1" && find . -type f | sort)" = "$(cd "$2" && find . -type f | sort)" ] || return 1
  while IFS= read -r f; do
    case $f in
      *.pdf) [ "$(head -c 5 "$1/$f")" = "%PDF-" ] && [ "$(head -c 5 "$2/$f")" = "%PDF-" ] || return 1
             if command -v pdftotext >/dev/null; then
               [ "$(pdftotext "$1/$f" - 2>&1)" = "$(pdftotext "$2/$f" - 2>&1)" ] || return 1
               [ "$(pdfinfo "$1/$f" | grep '^Pages')" = "$(pdfinfo "$2/$f" | grep '^Pages')" ] || return 1
             fi ;;
      *) cmp -s "$1/$f" "$2/$f" || return 1 ;;
    esac
  done < <(cd "$1" && find . -type f)
}
processes() { "$reportdsl" daemon --status 2>/dev/null | grep -c '^进程 '; }
served() { "$reportdsl" daemon --status 2>/dev/null | grep -F "工作目录 $1　" | sed 's/.*已处理 \([0-9]*\) 个命令.*/\1/'; }
pid_of() { "$reportdsl" daemon --status 2>/dev/null | grep -F "工作目录 $1　" | sed 's/^进程 \([0-9]*\).*/\1/'; }

cd "$root" || exit 2
"$reportdsl" daemon --stop >/dev/null
example=examples/sanmenxia-keji-2025.report
same "validate a folder with an error and a warning" validate examples/
same "validate, JSON" validate --format json examples/yindu-keji-2025.report
same "the official text on standard output" render --format text "$example"
same "the HTML page on standard output" render --format html "$example"
same "four documents into a folder" render --format text,html,review,json -o "$tmp/out" "$example"
same "a PDF into a folder" render --format pdf -o "$tmp/out" "$example"
same "import of a published text" import -o "$tmp/out" corpus/published/sanmenxia-keji-2025.txt
same "a file that does not exist" validate missing.report
same "an unknown option" validate --bogus "$example"
same "a binary format without a folder" render --format pdf "$example"
same "the version" --version
# on a terminal (script(1) gives the command a pseudo-terminal) help is in colour, as alone; NO_COLOR turns it off
tty_help() { script -q -e -c "$1 '$reportdsl' validate --help" /dev/null 2>&1; }
if command -v script >/dev/null; then
  d=$(tty_help "") a=$(tty_help "REPORTDSL_DAEMON=0")
  [ "$d" = "$a" ] && [[ $d == *$'\e['* ]] && ok "help on a terminal: in colour, as alone" || fail "help on a terminal differs from alone"
  d=$(tty_help "NO_COLOR=1") a=$(tty_help "NO_COLOR=1 REPORTDSL_DAEMON=0")
  [ "$d" = "$a" ] && [[ $d != *$'\e['* ]] && ok "help on a terminal with NO_COLOR: plain, as alone" || fail "help with NO_COLOR differs from alone"
fi
[ "$(processes)" = 1 ] && [ "$(served "$root")" -ge 11 ] \
  && ok "one background process served those commands ($(served "$root"))" \
  || fail "no background process served the commands: $("$reportdsl" daemon --status 2>&1)"

mkdir -p "$tmp/elsewhere/sub"
cp "$example" "$tmp/elsewhere/sub/copy.report"
cd "$tmp/elsewhere" || exit 2
same "relative paths from another folder" validate sub/copy.report
same "documents into a relative folder from another folder" render --format html -o out sub
[ "$(processes)" = 2 ] && ok "a second process serves the other folder" || fail "expected 2 processes: $("$reportdsl" daemon --status 2>&1)"
cd "$root" || exit 2

"$reportdsl" daemon --stop >/dev/null
start=$SECONDS
captured=$(timeout 60 "$reportdsl" validate "$example")
if [ $? = 0 ] && [ -n "$captured" ] && [ $((SECONDS - start)) -lt 30 ]; then
  ok "a command substitution that starts the process ends with the command"
else
  fail "a command substitution that started the process did not end with the command"
fi

for i in 1 2 3 4; do cp "$example" "$tmp/c$i.report"; done
printf '\n三、本年度办理结果\n' >> "$tmp/c2.report"
for i in 1 2 3 4; do
  "$reportdsl" validate "$tmp/c$i.report" >"$tmp/p$i.out" 2>&1 &
done
wait
concurrent=ok
for i in 1 2 3 4; do
  REPORTDSL_DAEMON=0 "$reportdsl" validate "$tmp/c$i.report" >"$tmp/q$i.out" 2>&1
  cmp -s "$tmp/p$i.out" "$tmp/q$i.out" || concurrent=bad
done
[ $concurrent = ok ] && ok "four clients at once each get their own output" || fail "clients at once got other output"

kill -9 "$(pid_of "$root")" 2>/dev/null
sleep 0.2
same "after the process was killed (its socket left behind)" validate "$example"

"$reportdsl" synth --count 300 -o "$tmp/many" >/dev/null
"$reportdsl" render --format html -o "$tmp/many-out" "$tmp/many" >/dev/null 2>&1 &
client=$!
for _ in $(seq 1 200); do [ -n "$(ls "$tmp/many-out" 2>/dev/null)" ] && break; sleep 0.05; done
kill -TERM "$client"
wait "$client" 2>/dev/null
sleep 1
left=$(find "$tmp/many-out" -name '*.tmp' 2>/dev/null | wc -l)
written=$(find "$tmp/many-out" -name '*.html' 2>/dev/null | wc -l)
if [ "$left" = 0 ] && [ "$written" -lt 300 ] && [ "$(processes)" = 1 ]; then
  ok "a client killed during a batch of 300: its command stopped ($written written, no partial file), the process serves on"
else
  fail "a client killed during a batch: $written of 300 written, $left temporary files left, $(processes) processes"
fi
same "the next command after that" validate "$example"

timeout 30 "$reportdsl" render --format text "$example" 2>/dev/null | head -c 100 >/dev/null
[ "${PIPESTATUS[0]}" != 124 ] && ok "output into a pipe closed early does not hang" || fail "output into a closed pipe hung"
same "the next command after that" render --format text "$example"

old=$(pid_of "$root")
cache=$(ls "$root"/org.report.dsl.cli/target/reportdsl-*.jsa 2>/dev/null)
touch "$jar"
[ -n "$cache" ] && touch $cache   # the class cache stays valid: only the process sees a new program
same "after the program was rebuilt" validate "$example"
sleep 6
if [ -n "$old" ] && ! kill -0 "$old" 2>/dev/null; then ok "the process of the old program has ended"; else fail "the process of the old program still runs"; fi

"$reportdsl" daemon --stop >/dev/null
chmod 755 "$sockets"
same "with a socket folder others can enter" validate "$example"
[ "$(ls "$sockets" | grep -c '\.sock$')" = 0 ] && ok "no process is started in a socket folder others can enter" \
  || fail "a process was started in a socket folder others can enter"
chmod 700 "$sockets"

mkdir -p "$tmp/noperl"
ln -s "$(command -v bash)" "$tmp/noperl/bash"
PATH=$tmp/noperl "$reportdsl" validate "$example" >"$tmp/np.out" 2>&1
[ $? = 0 ] && [ "$(processes)" = 0 ] && ok "without perl the command runs alone" || fail "without perl: $(cat "$tmp/np.out")"
CI=true REPORTDSL_DAEMON= "$reportdsl" validate "$example" >/dev/null 2>&1
[ "$(processes)" = 0 ] && ok "in CI (CI=true) no process is started unless REPORTDSL_DAEMON=1" || fail "a process was started in CI"

"$reportdsl" validate "$example" >/dev/null 2>&1
(cd "$tmp/elsewhere" && "$reportdsl" validate sub/copy.report >/dev/null 2>&1)
stopped=$("$reportdsl" daemon --stop)
sleep 1
if [ "$stopped" = "已停止 2 个后台进程" ] && ! pgrep -f -- "--socket $sockets/" >/dev/null; then
  ok "--stop stops every process"
else
  fail "--stop: $stopped; still running: $(pgrep -f -- "--socket $sockets/")"
fi

echo "daemon-test: $((checks - failed)) of $checks checks passed"
[ "$failed" = 0 ]
