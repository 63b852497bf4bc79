#!/usr/bin/env bash
# A long fuzzing run of the Jazzer fuzz tests of the command line (docs/fuzzing.md):
#   releng/scripts/fuzz.sh [DURATION] [TARGET...]
# DURATION per target, Jazzer's syntax (default 30m); TARGET as Class#method (default: all five).
# Each target runs in its own test JVM with a 512 MB heap (more is a finding). Findings are written
# by Jazzer beside the seeds (src/test/resources/org/report/dsl/cli/<Class>Inputs/<method>/crash-*)
# and then run as unit tests in every build; the corpus grown is kept in org.report.dsl.cli/.cifuzz-corpus.
# The log of each target (with libFuzzer's execution counts) is target/fuzz/<target>.log.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
duration=${1:-30m}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(ReportFuzzTest#parseAndValidate ReportFuzzTest#renderEveryFormat
  ImportFuzzTest#importText LspFuzzTest#serverReadsAnyBytes DaemonFuzzTest#serverAnswersAnyBytes)
mkdir -p "$root/target/fuzz"
status=0
for target in "${targets[@]}"; do
  log=$root/target/fuzz/${target/\#/.}.log
  echo "fuzz.sh: $target for $duration (log: $log)" >&2
  JAZZER_FUZZ=1 "$root/build.sh" -B -o -pl releng/org.report.dsl.target,org.report.dsl,org.report.dsl.ide,releng/org.report.dsl.bytecode,org.report.dsl.cli \
    verify -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine="-Xmx512m -Djazzer.max_duration=$duration -Djazzer.instrumentation_includes=org.report.dsl.**" >"$log" 2>&1 || status=1
  grep -E '^#[0-9]+.*(DONE|pulse|NEW)' "$log" | tail -n 1 >&2
  grep -E 'Tests run:.*Fail|== Java Exception|crash-|timeout-' "$log" | head -n 5 >&2
done
exit $status
