#!/usr/bin/env bash
# Issue 8's long-render bench: a film of SECONDS (default 120) at SIZE (default 1080p) rendered with --workers 1
# and with the default worker count, each with a fresh cache; wall time, frames/s end to end, CPU time, and the peak
# memory of the whole process tree (kinora and its workers, sampled every half second), appended with the
# machine to bench/RESULTS.md. Usage: bench/workers.sh [SECONDS] [SIZE] [WORKER_COUNTS…]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
seconds=${1:-120}; size=${2:-1080p}; shift 2 || shift $# || true
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(1 default)
prompt="A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')

# Peak resident memory (MiB) of a process and all its descendants, sampled until it exits.
tree_peak() {
  local pid=$1 peak=0 now
  while kill -0 "$pid" 2>/dev/null; do
    now=$(ps -e -o pid=,ppid=,rss= | awk -v root="$pid" '
      { parent[$1] = $2; rss[$1] = $3 }
      END { for (p in rss) { q = p; while (q != "" && q != 0 && q != root) q = parent[q]; if (q == root) sum += rss[p] } print int(sum / 1024) }')
    [ "$now" -gt "$peak" ] && peak=$now
    sleep 0.5
  done
  echo "$peak"
}

rows=""
for count in "${counts[@]}"; do
  flags=(); [ "$count" = default ] || flags=(--workers "$count")
  start=$(date +%s.%N)
  KINORA_CACHE="$tmp/cache-$count" /usr/bin/time -o "$tmp/$count.time" -f '%U %S' "$root/.kinora/bin/kinora" render --prompt "$prompt" --duration "$seconds" --size "$size" \
      "${flags[@]}" --progress none -o "$tmp/$count.mp4" 2> "$tmp/$count.log" &
  pid=$!
  peak=$(tree_peak "$pid")
  wait "$pid" || { cat "$tmp/$count.log"; exit 1; }
  end=$(date +%s.%N)
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
  frames=$(ffprobe -v error -count_packets -select_streams v:0 -show_entries stream=nb_read_packets -of csv=p=0 "$tmp/$count.mp4")
  fps=$(awk -v w="$wall" -v f="$frames" 'BEGIN { printf "%.2f", f / w }')
  # CPU seconds of kinora and the encoders it reaped: what the load of other work does not change.
  cpu_s=$(awk '{ printf "%.0f", $1 + $2 }' "$tmp/$count.time")
  cores=$(awk -v c="$cpu_s" -v w="$wall" 'BEGIN { printf "%.2f", c / w }')
  used=$(grep -o '[0-9]* of [0-9]* segments rendered' "$tmp/$count.log" | head -1)
  printf 'workers %-8s %7.1f s wall, %s frames, %s frames/s end to end, %s CPU s (%s cores), peak %d MiB (%s)\n' "$count" "$wall" "$frames" "$fps" "$cpu_s" "$cores" "$peak" "$used"
  rows+=$(printf '| %s | %s | %s | %s | %s | %s | %s (%s cores) | %d | %s |' "$count" "$size" "$seconds" "$frames" "$wall" "$fps" "$cpu_s" "$cores" "$peak" "$used")$'\n'
done
if [ ${#counts[@]} -lt 2 ]; then
  same="one run only, nothing to compare"
elif cmp -s <(ffmpeg -v error -i "$tmp/${counts[0]}.mp4" -map 0:v -f framemd5 -) <(ffmpeg -v error -i "$tmp/${counts[1]}.mp4" -map 0:v -f framemd5 -); then
  same="frames bit-identical between the runs"
else
  same="frames differ between the runs"
fi
echo "$same"
{
  echo
  echo "### Workers, $(date -u +%Y-%m-%d) — $(nproc) cores, ${cpu}, $(free -g | awk '/Mem:/ {print $2}') GiB, commit $(git -C "$root" rev-parse --short HEAD)"
  echo
  echo "| workers | size | film s | frames | wall s | frames/s end to end | CPU s | peak MiB (all processes) | segments |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "$same."
} >> "$root/bench/RESULTS.md"
