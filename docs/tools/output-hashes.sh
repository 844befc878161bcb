#!/usr/bin/env bash
# Runs every shipped scenario (and the lessons, the world, the hindcast, a sweep, a comparison and
# a report) with fixed seeds into a scratch folder and prints the SHA-256 of every output file, one
# line each ("hash  relative/path"), sorted. Two runs of this script on two versions of the code
# print the same lines exactly when every output byte is the same: the proof asked of a change that
# must not change results (a refactoring, a speed change).
#
#   docs/tools/output-hashes.sh > /tmp/before.txt     # on the old code
#   docs/tools/output-hashes.sh > /tmp/after.txt      # on the new code
#   diff /tmp/before.txt /tmp/after.txt && echo identical
#
# Wall-clock fields of JSON files (started_at, finished_at, java_version), the scratch folder's own
# path and the checkout's path (so two worktrees compare) are removed before hashing; nothing else is. About two minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
./entente --version >/dev/null            # builds the jar when it is missing or stale
jar="$root/target/entente.jar"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
e() { java -jar "$jar" "$@" >/dev/null; }

for s in scenarios/*.yaml scenarios/lessons/*.yaml; do
  name="$(basename "$s" .yaml)"
  case "$name" in
    world-2023) e run "$s" --runs 2 --threads 2 --seed 7 --months 24 --out "$out/run/$name" --quiet ;;
    *)          e run "$s" --runs 3 --threads 2 --seed 7 --out "$out/run/$name" --quiet ;;
  esac
done
e run scenarios/baseline-2025.yaml --runs 3 --threads 1 --seed 7 --set theory=realist --set diversion_share=0.6 \
  --out "$out/run/overrides" --quiet
e run docs/examples/small-world-embargo.yaml --runs 2 --seed 3 --out "$out/run/example" --quiet
for h in scenarios/hindcast/*.yaml; do
  name="$(basename "$h" .yaml)"
  [ -f "data/hindcast/$name-targets.csv" ] || continue    # a counterfactual has no targets of its own
  e hindcast "$h" --targets "data/hindcast/$name-targets.csv" --runs 8 --threads 2 --out "$out/hindcast/$name"
done
e hindcast --all --runs 8 --threads 2 --out "$out/hindcast-all"
e sweep scenarios/baseline-2025.yaml --design sweeps/diversion.yaml --threads 2 --out "$out/sweep" --quiet
a="$(find "$out/run/baseline-2025" -name nations.csv -printf '%h\n' | head -1)"
b="$(find "$out/run/tighter-sanctions" -name nations.csv -printf '%h\n' | head -1)"
e compare "$a" "$b" --out "$out/compare/comparison.csv"
e compare "$a" "$b" --dyads --out "$out/compare/comparison-dyads.csv"
e report "$a" --compare "$b" --out "$out/report/report.html"

cd "$out"
find . -type f | LC_ALL=C sort | while read -r f; do
  case "$f" in
    *.json) sed -e '/"\(started_at\|finished_at\|java_version\)"/d' -e "s#$out#SCRATCH#g" -e "s#$root#ROOT#g" "$f" | sha256sum | sed "s#-\$#${f#./}#" ;;
    *.html|*.txt|*.csv) sed -e "s#$out#SCRATCH#g" "$f" | sha256sum | sed "s#-\$#${f#./}#" ;;
    *) sha256sum "$f" | sed "s#\./#&#; s#  \./#  #" ;;
  esac
done
