#!/usr/bin/env bash
# Installs libcmark-dev (the CommonMark C library Regio links against) when pkg-config cannot find it.
set -euo pipefail
if pkg-config --exists libcmark 2>/dev/null; then
  exit 0
fi
echo "libcmark-dev ontbreekt; installeren met apt-get…" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq libcmark-dev pkg-config >/dev/null
