#!/usr/bin/env bash
# Fails unless docs/diagrams/ holds a PNG of every processes/*.bpmn, rendered from the model as it is now:
# docs/diagrams/SHA256SUMS (written by tools/diagrams/render.mjs) holds the hashes of the models rendered.
set -euo pipefail
cd "$(dirname "$0")/.."

sums=docs/diagrams/SHA256SUMS
problems=()
declare -A recorded=()
if [ -f "$sums" ]; then
  while read -r hash model; do
    [ -n "$model" ] || continue
    recorded[$model]=$hash
    [ -f "$model" ] || problems+=("$model: listed in $sums, but the model no longer exists")
  done <"$sums"
else
  problems+=("$sums is missing")
fi

shopt -s nullglob
models=(processes/*.bpmn)
for model in "${models[@]}"; do
  png=docs/diagrams/$(basename "$model" .bpmn).png
  [ -f "$png" ] || problems+=("$model: $png is missing")
  if [ -z "${recorded[$model]:-}" ]; then
    problems+=("$model: no line in $sums")
  elif [ "$(sha256sum "$model" | cut -d' ' -f1)" != "${recorded[$model]}" ]; then
    problems+=("$model: changed since $png was rendered (its hash differs from $sums)")
  fi
done
for png in docs/diagrams/*.png; do
  [ -f "processes/$(basename "$png" .png).bpmn" ] || problems+=("$png: its model processes/$(basename "$png" .png).bpmn no longer exists")
done

if [ ${#problems[@]} -gt 0 ]; then
  echo "The diagram PNGs in docs/diagrams/ do not match the models:" >&2
  printf '  %s\n' "${problems[@]}" >&2
  echo "Re-render them from the repo root, then commit docs/diagrams/:" >&2
  echo "  npm --prefix tools/diagrams ci && npm --prefix tools/diagrams run render" >&2
  exit 1
fi
echo "docs/diagrams/: the PNGs of all ${#models[@]} models match them"
