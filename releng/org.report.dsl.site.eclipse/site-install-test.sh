#!/usr/bin/env bash
# The update site, proven: installs the feature from the built p2 site with the p2 director into a copy
# of the bare Eclipse (no ReportDSL bundle in it), as a user's Help › Install New Software… does, then
# starts that Eclipse on an example under a display (Xvfb when there is none) and checks what its
# check bundle (org.report.dsl.site.check) prints: every bundle of the feature resolved, ours active,
# the .report in the Generic Editor with our content type, our problem markers, and a normal close.
#   site-install-test.sh BARE_ECLIPSE_DIR SITE_REPOSITORY EXAMPLE.report OUT_DIR
# OUT_DIR keeps the installed Eclipse (eclipse/), director.log, eclipse.log and the time of each step.
set -euo pipefail
bare=$1 site=$2 example=$3 out=$4
feature=org.report.dsl.feature
fail() { echo "site-install-test: FAILED: $1" >&2; exit 1; }
[ -f "$site/content.jar" ] || [ -f "$site/content.xml.xz" ] || fail "no update site in $site (build releng/org.report.dsl.site first)"
[ -d "$bare/plugins" ] || fail "no bare Eclipse in $bare"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1; }
java=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV); do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major=$(java_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then java=$candidate; break; fi
done
[ -n "$java" ] || fail "Java 21 or newer is needed (set JAVA_HOME)"

rm -rf "$out"
mkdir -p "$out"
eclipse="$out/eclipse"
cp -a "$bare" "$eclipse"
launcher=$(ls "$eclipse"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
ls "$eclipse"/plugins | grep -q '^org\.report\.dsl_' && fail "the bare Eclipse already holds org.report.dsl"
run_eclipse() { "$java" -Xmx1g "$@" -jar "$launcher" -install "$eclipse" -configuration "$eclipse/configuration" -nosplash; }
site_url="file:$(cd "$site" && pwd)"

# 1. p2 director, into the running installation (its profile is named in config.ini), from the site only:
#    everything the feature needs beyond its own content must already be in the Eclipse
start=$SECONDS
status=0
timeout 300 "$java" -Xmx1g -jar "$launcher" -install "$eclipse" -configuration "$eclipse/configuration" -nosplash \
  -application org.eclipse.equinox.p2.director -repository "$site_url" -installIU "$feature.feature.group" \
  > "$out/director.log" 2>&1 || status=$?
director_s=$((SECONDS - start))
cat "$out/director.log"
[ "$status" = 0 ] || fail "the p2 director exited with $status (log: $out/director.log)"
grep -q '^Operation completed' "$out/director.log" || fail "the p2 director did not complete (log: $out/director.log)"
featurexml=$(ls "$eclipse"/features/${feature}_*/feature.xml 2>/dev/null | head -n 1)
[ -n "$featurexml" ] || fail "the feature is not in $eclipse/features after the install"
mapfile -t plugins < <(sed -n 's/.*<plugin[^>]* id="\([^"]*\)".*/\1/p' "$featurexml")
[ "${#plugins[@]}" -gt 0 ] || fail "no plugin listed in $featurexml"
for p in "${plugins[@]}"; do
  grep -q "^$p," "$eclipse/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "$p is not in the installed Eclipse's bundles.info"
done

# 2. start the Eclipse with the report; the check bundle prints sitecheck: lines and closes the workbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report="$work/$(basename "$example")"
cp "$example" "$report"
display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || fail "no display and no xvfb-run (apt-get install xvfb xauth)"
  display=(xvfb-run -a -s "-screen 0 1280x900x24")
fi
# One retry: under heavy load GTK on Xvfb has been seen to crash or hang (see Report Studio's smoke test).
start=$SECONDS
for attempt in 1 2; do
  status=0
  rm -rf "$work/workspace"
  timeout 180 "${display[@]}" "$java" -Xmx1g -Dreportdsl.sitecheck="$report" -jar "$launcher" -install "$eclipse" \
    -configuration "$eclipse/configuration" -data "$work/workspace" -nosplash > "$out/eclipse.log" 2>&1 || status=$?
  if [ "$status" = 0 ] && grep -q '^sitecheck: closing true$' "$out/eclipse.log"; then break; fi
  if [ "$attempt" = 1 ]; then
    echo "site-install-test: attempt 1 failed (exit $status); its log ends:" >&2
    tail -n 5 "$out/eclipse.log" >&2
    cp "$out/eclipse.log" "$out/eclipse.attempt1.log"
  fi
done
start_s=$((SECONDS - start))
grep '^sitecheck:' "$out/eclipse.log" | grep -v '^sitecheck: bundle ' || true
log="$out/eclipse.log"
[ "$status" = 0 ] || fail "the Eclipse exited with $status (log: $log)"
grep -q '^sitecheck: error' "$log" && fail "$(grep -m1 '^sitecheck: error' "$log")"
# the bundles first: one that does not resolve explains the rest
for p in "${plugins[@]}"; do
  line=$(grep "^sitecheck: bundle $p " "$log" | head -n 1)
  [ -n "$line" ] || fail "$p is not installed in the running Eclipse"
  case "$line" in *" INSTALLED") fail "$p does not resolve: $line" ;; esac
done
for p in org.report.dsl org.report.dsl.ide org.report.dsl.ui; do
  grep -q "^sitecheck: bundle $p [^ ]* ACTIVE\$" "$log" || fail "$p did not start: $(grep "^sitecheck: bundle $p " "$log")"
done
grep -q '^sitecheck: command org.eclipse.equinox.p2.ui.sdk.install true$' "$log" \
  || fail "Help › Install New Software… is missing from the bare Eclipse (log: $log)"
grep -q '^sitecheck: install-wizard Install$' "$log" \
  || fail "Help › Install New Software… did not open its Install dialog (log: $log)"
grep -q '^sitecheck: content-type org.report.dsl.ui.report$' "$log" \
  || fail "*.report files do not have the ReportDSL content type (log: $log)"
grep -q "^sitecheck: editor org.eclipse.ui.genericeditor.GenericEditor $(basename "$example")\$" "$log" \
  || fail "the report did not open in the Generic Editor (log: $log)"
# yindu-keji-2025.report states no 信息处理费 in section 六: the S6 error on line 43, from our validator
grep -q '^sitecheck: marker 43 2 .*信息处理费' "$log" || fail "our validation's marker (line 43, S6) is missing (log: $log)"
grep -q '^sitecheck: closing true$' "$log" || fail "the workbench did not close normally (log: $log)"
unresolved=$(grep -c ' INSTALLED$' "$log" || true)
printf 'director %s s\nstart and check %s s\n' "$director_s" "$start_s" > "$out/times.txt"
echo "site-install-test: the p2 director installed $feature (${#plugins[@]} bundles) from $site_url in ${director_s} s;" \
  "the Eclipse resolved them, started org.report.dsl, .ide and .ui, opened $(basename "$example") in the Generic Editor" \
  "with its markers and closed in ${start_s} s (bundles of the bare Eclipse left unresolved: $unresolved)"
