#!/usr/bin/env bash
# Builds ReportDSL with the Maven Wrapper on a JDK 21+ found on this machine (Tycho needs 21+;
# what we ship runs on 17).
#   ./build.sh          build the command-line tool (no tests)
#   ./build.sh test     build and run every test (installs headless Chromium for the browser test,
#                       and Xvfb for the editor's UI tests and the Report Studio smoke test, when
#                       missing and apt-get may be used; without a DISPLAY Maven runs under xvfb-run),
#                       then build and test the VS Code extension (editors/vscode, Node.js 20+ and npm)
#                       and try the packaged .vsix in a real VS Code (editors/vscode/e2e/run.sh)
#   ./build.sh dist     build the command-line tool, then the packages people install without a JDK
#                       (target/dist: an archive with a jlink-trimmed runtime and a .deb; releng/scripts/dist.sh)
#   ./build.sh ARGS...  anything else is passed to Maven
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
. releng/scripts/jdk.sh
if ! JAVA_HOME=$(find_jdk 21 jdk); then
  echo "build.sh: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. apt-get install openjdk-21-jdk" >&2
  exit 2
fi
export JAVA_HOME
case "${1:-package}" in
  package) exec ./mvnw -B -q -DskipTests verify ;;
  test)    shift
           # which JDK the launcher and this script choose (fake JDK folders; a second)
           releng/scripts/jdk-test.sh
           # headless Chromium and CJK fonts for the browser test of the HTML output; Xvfb and GTK 3
           # for the editor's UI tests and the Report Studio smoke test
           releng/scripts/ensure-packages.sh "the browser and UI tests" chromium fonts-noto-cjk fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei xvfb xauth libgtk-3-0
           # LibreOffice for the Word output test (converts each .docx to PDF)
           releng/scripts/ensure-packages.sh "the Word conversion test" libreoffice-writer
           if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
             xvfb-run -a -s "-screen 0 1280x900x24" ./mvnw -B verify "$@"
           else
             ./mvnw -B verify "$@"
           fi
           # the background process through the launcher and its Perl client, against commands run alone
           # (poppler's pdftotext compares the PDFs each writes)
           releng/scripts/ensure-packages.sh "the background process test" poppler-utils
           releng/scripts/daemon-test.sh
           # the packages people install (./build.sh dist), checked with no Java on the PATH
           releng/scripts/ensure-packages.sh "the .deb package" fakeroot
           releng/scripts/dist.sh
           releng/scripts/dist-check.sh
           editors/vscode/build.sh
           # the packaged extension in a real VS Code (code-server from npm, headless Chromium):
           # ripgrep and the headers code-server's native modules build against
           releng/scripts/ensure-packages.sh "the VS Code end-to-end test" ripgrep pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev
           exec editors/vscode/e2e/run.sh ;;
  dist)    releng/scripts/ensure-packages.sh "the .deb package" fakeroot
           ./mvnw -B -q -DskipTests -pl releng/org.report.dsl.target,org.report.dsl,org.report.dsl.ide,org.report.dsl.cli verify
           exec releng/scripts/dist.sh ;;
  *)       exec ./mvnw -B "$@" ;;
esac
