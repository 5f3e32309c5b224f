#!/usr/bin/env bash
# Draws every Android screen in every variant and compares each with its approved picture in
# docs/screens, as CI does (scripts/android-check.sh). With --update, approves what is drawn now:
# changed pictures replace their goldens and the contact sheets are made again. Look at the
# pictures (android/build/screens, diff/ for what changed) before you commit them.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  "") ;;
  --update) export SCREENS_UPDATE=1 ;;
  *) echo "usage: scripts/screens.sh [--update]" >&2; exit 2 ;;
esac
SCREENS_ONLY=1 bash scripts/android-check.sh
