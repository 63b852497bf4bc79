#!/usr/bin/env bash
# The packages people install without a JDK (./build.sh dist), made from the command line's shaded jar
# (org.report.dsl.cli/target/reportdsl.jar, built before):
#   target/dist/reportdsl-VERSION-linux-x64.tar.gz  bin/reportdsl, lib/reportdsl.jar and runtime/: a Java
#                                                    runtime trimmed by jlink to the modules jdeps finds
#   target/dist/reportdsl_VERSION-1_amd64.deb       the same runtime and jar as a Debian package (jpackage):
#                                                    /opt/reportdsl, with /usr/bin/reportdsl (postinst)
#   target/dist/report-studio-VERSION-linux-x64.tar.gz  Report Studio with its own runtime (jre/), when the
#                                                    product was built before (./build.sh or ./build.sh test)
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
cp releng/scripts/reportdsl-client.pl "$app/lib/reportdsl-client.pl"   # the client of the background process
cp "$jar" "$app/lib/reportdsl.jar"
cat > "$app/README.txt" <<TXT
reportdsl $version — 政府信息公开工作年度报告：检查与发布（Linux x64，自带 Java 运行时，无需安装 JDK）

  bin/reportdsl validate FILE.report|DIR...      检查
  bin/reportdsl render --format text,html -o OUT FILE.report|DIR...   生成文档
  bin/reportdsl --help

Put bin/ on the PATH, or link it: ln -s "\$PWD/bin/reportdsl" ~/.local/bin/reportdsl
TXT
tar -C "$stage" -czf "$out/reportdsl-$version-linux-x64.tar.gz" "reportdsl-$version"

# The .deb: jpackage's own launcher over the same runtime and jar, starting from the class cache (AppCDS
# archive) that postinst makes when the package is installed (a missing or unusable one is ignored).
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
  --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:-UsePerfData -XX:+UseTransparentHugePages -Xlog:pagesize=off -Dguice_bytecode_gen_option=DISABLED -Dguice_include_stack_traces=OFF" \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/reportdsl.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
rm -rf "$stage/input"

# Report Studio with its own runtime, when the product is built (./build.sh, ./build.sh test): the
# product folder with jre/ (its start script prefers that runtime). Equinox loads bundles by name, so
# jdeps cannot see what they need: the runtime holds java.se and the jdk modules Eclipse uses.
studio=releng/org.report.dsl.studio.product/target/products/org.report.dsl.studio.product/linux/gtk/x86_64
rm -f "$out"/report-studio-*.tar.gz
if [ -x "$studio/report-studio" ]; then
  sjdk=
  for home in ${JAVA_HOME:-} $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    home=${home%/}
    [ -x "$home/bin/jlink" ] || continue
    smajor=$(jdk_major "$home")
    [ -n "$smajor" ] && [ "$smajor" -ge 21 ] 2>/dev/null && { sjdk=$home; break; }
  done
  [ -n "$sjdk" ] || { echo "dist: Report Studio needs a JDK 21+ with jlink" >&2; exit 2; }
  rs=$stage/report-studio-$version
  cp -a "$studio" "$rs"
  rm -rf "$rs/configuration/org.eclipse.osgi" "$rs/configuration/.settings" 2>/dev/null || true
  "$sjdk/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.xml.dom,jdk.net,jdk.management \
    --include-locales=en,zh --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output "$rs/jre"
  tar -C "$stage" -czf "$out/report-studio-$version-linux-x64.tar.gz" "report-studio-$version"
else
  echo "dist: Report Studio is not built ($studio): no archive for it (./build.sh builds it)" >&2
fi
ls -l "$out" >&2
