#!/usr/bin/env bash
# Builds Entente as a self-contained application: the jar, the shipped scenarios and data, and a
# Java runtime cut down to what Entente uses (jlink), in one folder that runs without a Java
# installation. Uses jpackage from JDK 17 or newer. Not part of the default build.
#
#   docs/tools/app-image.sh [DEST]      # default DEST: target/app-image
#
# The same command works on Linux, macOS and Windows (in Git Bash); jpackage builds for the
# system it runs on, so build the Windows image on Windows and the macOS one on a Mac:
#   Linux:   DEST/Entente/bin/Entente serve
#   macOS:   DEST/Entente.app (double-click; or DEST/Entente.app/Contents/MacOS/Entente serve)
#   Windows: DEST\Entente\Entente.exe (double-click; or Entente.exe serve in a terminal)
# With no arguments the program does what the jar does with none (the classroom, when the jar
# has the serve command; otherwise the help). DEST must not exist yet: the script never
# replaces or deletes anything it did not make in this run.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dest="${1:-$here/target/app-image}"
jar="$here/target/entente.jar"

for tool in jpackage jdeps; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "app-image.sh: $tool not found: install a JDK 17 or newer (jpackage and jdeps come with it)" >&2
    exit 2
  fi
done
if [ -e "$dest" ]; then
  echo "app-image.sh: $dest already exists; give another folder or move it away first" >&2
  exit 2
fi
if [ ! -f "$jar" ]; then
  (cd "$here" && mvn -B -q -DskipTests package)
fi

input="$(mktemp -d "${TMPDIR:-/tmp}/entente-app-input.XXXXXX")"
trap 'rm -rf "$input"' EXIT
cp "$jar" "$input/entente.jar"
cp -R "$here/scenarios" "$input/scenarios"
cp -R "$here/data" "$input/data"

# the modules the jar needs, and those it reaches by reflection or service lookup
modules="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
modules="$modules,jdk.httpserver,java.logging,java.management,java.naming,jdk.unsupported,jdk.zipfs"

version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')"
version="${version:-0.1.0}"

jpackage --type app-image \
  --name Entente \
  --app-version "$version" \
  --vendor "Entente" \
  --description "Sanctions and alliances, month by month: a simulation for the classroom" \
  --input "$input" \
  --main-jar entente.jar \
  --main-class org.entente.cli.Main \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2" \
  --dest "$dest"

size="$(du -sh "$dest" | cut -f1)"
echo "Entente app image written to $dest ($size)"
