#!/usr/bin/env bash
# Measures what each shipped policy scenario does to Iran, against the baseline, averaged over
# seeds 1..N (same seeds for every scenario, so the noise is common to all). Used for the
# figures in README.md. Usage: docs/measure-scenarios.sh [N]   (default 20; about 1 s a run)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
printf '%-22s %-8s %10s %10s %10s %8s %8s\n' scenario month "IRN GDP" "vs base" "oil mb/d" "west" "east"
for s in baseline-2025 tighter-sanctions us-maximum-pressure us-rapprochement snapback-2025; do
  for seed in $(seq 1 "$n"); do
    ./entente run "scenarios/$s.yaml" --seed "$seed" --out "$out/$seed" --quiet
  done
  for m in 2030-01 2034-12; do
    cat "$out"/*/"$s"/nations.csv | awk -F, -v m="$m" '$3 == m && $4 == "IRN" { g += $5; o += $11; w += $14; e += $15; k++ }
      END { printf "%.2f %.3f %.3f %.3f\n", g / k, o / k, w / k, e / k }' > "$out/$s.$m"
  done
done
for s in baseline-2025 tighter-sanctions us-maximum-pressure us-rapprochement snapback-2025; do
  for m in 2030-01 2034-12; do
    read -r g o w e < "$out/$s.$m"
    read -r gb _ _ _ < "$out/baseline-2025.$m"
    printf '%-22s %-8s %10.1f %9.1f%% %10.2f %8.3f %8.3f\n' "$s" "$m" "$g" "$(awk -v a="$g" -v b="$gb" 'BEGIN { print 100 * (a / b - 1) }')" "$o" "$w" "$e"
  done
done
