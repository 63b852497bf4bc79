#!/usr/bin/env bash
# Smoke test of the built Report Studio: starts it on an example report under a display (Xvfb when
# there is none), lets it open the editor and validate, keeps a screenshot, and checks that it said so
# and closed normally.   smoke-test.sh PRODUCT_DIR EXAMPLE.report OUT_DIR
set -euo pipefail
product=$1 example=$2 out=$3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/reports"
cp "$example" "$work/reports/"
report="$work/reports/$(basename "$example")"
run=("$product/report-studio" "$report" -data "$work/workspace")
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "smoke-test: no display and no xvfb-run (apt-get install xvfb xauth)" >&2; exit 1; }
  run=(xvfb-run -a -s "-screen 0 1280x900x24" "${run[@]}")
fi
# One retry: under heavy load GTK on Xvfb has been seen to crash or hang at the screenshot (see the
# note in README); a second failure fails the build.
for attempt in 1 2; do
  status=0
  rm -rf "$work/workspace" "$work/configuration"
  REPORT_STUDIO_CONFIG="$work/configuration" REPORT_STUDIO_VMARGS="-Dreportstudio.smoke=$out/report-studio.png" \
    timeout 150 "${run[@]}" > "$out/report-studio.log" 2>&1 || status=$?
  if [ "$status" = 0 ] && grep -q '^smoke: closing true$' "$out/report-studio.log"; then break; fi
  if [ "$attempt" = 1 ]; then
    echo "smoke-test: attempt 1 failed (exit $status); its log ends:" >&2
    tail -n 5 "$out/report-studio.log" >&2
    cp "$out/report-studio.log" "$out/report-studio.attempt1.log"
  fi
done
grep '^smoke:' "$out/report-studio.log" || true
fail() { echo "smoke-test: FAILED: $1 (log: $out/report-studio.log)" >&2; exit 1; }
[ "$status" = 0 ] || fail "Report Studio exited with $status"
grep -q "^smoke: editor $(basename "$example")\$" "$out/report-studio.log" || fail "the editor did not open"
grep -q '^smoke: closing true$' "$out/report-studio.log" || fail "the workbench did not close normally"
[ -s "$out/report-studio.png" ] || fail "no screenshot"
echo "smoke-test: Report Studio opened $(basename "$example") and closed; screenshot $out/report-studio.png"
