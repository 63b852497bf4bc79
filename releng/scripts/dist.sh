#!/usr/bin/env bash
# The packages people install without a JDK (./build.sh dist), made from the command line's shaded jar
# (org.report.dsl.cli/target/reportdsl.jar, built before):
#   target/dist/reportdsl-VERSION-linux-x64.tar.gz  bin/reportdsl, lib/reportdsl.jar and runtime/: a Java
#                                                    runtime trimmed by jlink to the modules jdeps finds
#   target/dist/reportdsl_VERSION-1_amd64.deb       the same runtime and jar as a Debian package (jpackage):
#                                                    /opt/reportdsl, with /usr/bin/reportdsl (postinst)
# Linux x64 only. jlink and jpackage come from a JDK 17+ with jmods (the smallest runtime: the tool's own
# Java release), else a JDK 24+ (which links from its own run-time image). The .deb needs fakeroot and
# dpkg-deb (Debian packages fakeroot, dpkg-dev).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
. releng/scripts/jdk.sh
version=1.0.0
jar=org.report.dsl.cli/target/reportdsl.jar
out=target/dist
[ -f "$jar" ] || { echo "dist: $jar is missing: run ./build.sh first" >&2; exit 2; }

jdk=
for home in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V); do
  home=${home%/}
  [ -x "$home/bin/jlink" ] && [ -x "$home/bin/jpackage" ] && [ -x "$home/bin/jdeps" ] || continue
  major=$(jdk_major "$home")
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null || continue
  if [ -f "$home/jmods/java.base.jmod" ]; then jdk=$home; break; fi
  [ "$major" -ge 24 ] && [ -z "$jdk" ] && jdk=$home   # linkable run-time image; kept unless one with jmods follows
done
[ -n "$jdk" ] || { echo "dist: no JDK 17+ with jlink, jpackage and jmods found (apt-get install openjdk-17-jdk)" >&2; exit 2; }
major=$(jdk_major "$jdk")
echo "dist: JDK $major at $jdk" >&2

stage=target/dist-stage
rm -rf "$stage" && mkdir -p "$stage" "$out"
# Modules: what jdeps finds in the jar, less jdk.javadoc (named only by a doclet class inside a library
# that the tool never loads; it would pull in the compiler), plus what is loaded by name: jdk.charsets
# (GBK/GB18030 inputs), jdk.localedata (Chinese locale data), jdk.zipfs (zip file systems).
found=$("$jdk/bin/jdeps" --multi-release "$major" --ignore-missing-deps --print-module-deps "$jar")
modules=$(printf '%s\n' "${found//,/$'\n'}" jdk.charsets jdk.localedata jdk.zipfs | grep -v -x -e jdk.javadoc -e '' | sort -u | paste -sd, -)
echo "dist: modules $modules" >&2
compress=--compress=2
[ "$major" -ge 21 ] && compress=--compress=zip-6
app=$stage/reportdsl-$version
"$jdk/bin/jlink" --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  "$compress" --generate-cds-archive --output "$app/runtime"
# the class-data archive without compressed oops serves only heaps over 32 GB: left out (11 MB)
rm -f "$app/runtime/lib/server/classes_nocoops.jsa"
mkdir -p "$app/bin" "$app/lib"
cp releng/dist/reportdsl "$app/bin/reportdsl"
cp "$jar" "$app/lib/reportdsl.jar"
cat > "$app/README.txt" <<TXT
reportdsl $version — 政府信息公开工作年度报告：检查与发布（Linux x64，自带 Java 运行时，无需安装 JDK）

  bin/reportdsl validate FILE.report|DIR...      检查
  bin/reportdsl render --format text,html -o OUT FILE.report|DIR...   生成文档
  bin/reportdsl --help

Put bin/ on the PATH, or link it: ln -s "\$PWD/bin/reportdsl" ~/.local/bin/reportdsl
TXT
tar -C "$stage" -czf "$out/reportdsl-$version-linux-x64.tar.gz" "reportdsl-$version"

# The .deb: jpackage's own launcher over the same runtime and jar.
rm -f "$out"/reportdsl_*.deb
mkdir -p "$stage/input"
cp "$jar" "$stage/input/reportdsl.jar"
# dpkg-deb compresses with gzip instead of xz: the jar and the runtime's modules are compressed already,
# and xz takes minutes for the same size (DPKG_DEB_COMPRESSOR_TYPE: dpkg 1.21.10+, ignored before)
DPKG_DEB_COMPRESSOR_TYPE=gzip "$jdk/bin/jpackage" --type deb --dest "$out" --name reportdsl --app-version "$version" \
  --vendor ReportDSL --description "reportdsl: 政府信息公开工作年度报告的检查与发布" \
  --input "$stage/input" --main-jar reportdsl.jar --main-class org.report.dsl.cli.Main \
  --runtime-image "$app/runtime" --install-dir /opt --resource-dir releng/dist/deb \
  --linux-package-name reportdsl --linux-deb-maintainer dev@reportdsl --linux-app-category utils \
  --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -Dguice_bytecode_gen_option=DISABLED -Dguice_include_stack_traces=OFF"
rm -rf "$stage/input"
ls -l "$out" >&2
