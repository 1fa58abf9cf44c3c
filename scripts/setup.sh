#!/usr/bin/env bash
# Installs what Kinora needs on a fresh Debian machine, once: ffmpeg, Mesa's EGL and llvmpipe (headless
# OpenGL 4.5), espeak-ng (voices), FluidSynth and the General MIDI SoundFont (the score). Then builds the kinora
# command into .kinora/bin when the sources changed.
# Sourced by ./kinora and ./test.sh; quiet when there is nothing to do.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

need=()
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || need+=(ffmpeg)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)
command -v fluidsynth >/dev/null 2>&1 || need+=(fluidsynth)
[ -f /usr/share/sounds/sf2/FluidR3_GM.sf2 ] || need+=(fluid-soundfont-gm)
ldconfig -p 2>/dev/null | grep -q 'libEGL.so.1' || need+=(libegl1)
ls /usr/share/glvnd/egl_vendor.d/*mesa* >/dev/null 2>&1 || need+=(libegl-mesa0)
ls /usr/lib/*/dri/swrast_dri.so >/dev/null 2>&1 || need+=(libgl1-mesa-dri)
if [ ${#need[@]} -gt 0 ]; then
  echo "kinora: installing ${need[*]} (one time)…" >&2
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi
if ! command -v dotnet >/dev/null 2>&1; then
  echo "kinora: the .NET 10 SDK is needed to build Kinora: see https://learn.microsoft.com/dotnet/core/install/linux-debian" >&2
  exit 1
fi

# Build the command when any source is newer than the last build.
bin="$root/.kinora/bin"
stamp="$root/.kinora/build.stamp"
if [ ! -x "$bin/kinora" ] || [ -n "$(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" -newer "$stamp" -type f \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.glsl' -o -name '*.vert' -o -name '*.frag' -o -name '*.fountain' \) 2>/dev/null | head -n 1)" ]; then
  echo "kinora: building…" >&2
  mkdir -p "$root/.kinora"
  if ! dotnet build "$root/src/Kinora.Cli/Kinora.Cli.csproj" -c Release -o "$bin" -nologo -v quiet -clp:ErrorsOnly > "$root/.kinora/build.log" 2>&1; then
    cat "$root/.kinora/build.log" >&2
    echo "kinora: the build failed (log: .kinora/build.log)" >&2
    exit 1
  fi
  touch "$stamp"
fi
