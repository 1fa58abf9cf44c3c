#!/usr/bin/env bash
# Measures wall-clock seconds per second of film at 720p, 1080p and 4K, render and encode together, and
# appends the figures with the machine to bench/RESULTS.md. Usage: bench/run.sh [SECONDS_OF_FILM] [SIZES…]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
[ -x /usr/bin/time ] || { sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo; $sudo apt-get install -y -qq time >&2; }
seconds=${1:-10}; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(720p 1080p 4k)
prompt="A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
rows=""
for size in "${sizes[@]}"; do
  start=$(date +%s.%N)
  # A fresh cache each time: the bench measures rendering, not the render cache.
  KINORA_CACHE="$tmp/cache-$size" /usr/bin/time -f '%M' -o "$tmp/mem" "$root/.kinora/bin/kinora" render --prompt "$prompt" --duration "$seconds" --size "$size" \
      --progress none -o "$tmp/$size.mp4" 2> "$tmp/$size.log" || { cat "$tmp/$size.log"; exit 1; }
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
  per=$(awk -v w="$wall" -v s="$seconds" 'BEGIN { printf "%.3f", w / s }')
  fps=$(awk -v w="$wall" -v s="$seconds" 'BEGIN { printf "%.2f frames/s", s * 24 / w }')
  mem=$(( $(cat "$tmp/mem") / 1024 ))
  printf '%-6s %6.1f s wall for %s s of film: %5.2f s per film second (%s end to end), peak %d MiB\n' "$size" "$wall" "$seconds" "$per" "$fps" "$mem"
  rows+=$(printf '| %s | %s | %.1f | %.2f | %s | %d |' "$size" "$seconds" "$wall" "$per" "$fps" "$mem")$'\n'
done
{
  echo
  echo "### $(date -u +%Y-%m-%d) — $(nproc) cores, ${cpu}, $(free -g | awk '/Mem:/ {print $2}') GiB, backend auto"
  echo
  echo "| size | film s | wall s | wall s per film s | frames/s end to end | peak MiB |"
  echo "|---|---|---|---|---|---|"
  printf '%s' "$rows"
} >> "$root/bench/RESULTS.md"
