#!/bin/sh
# Installs what tipcheck needs on Debian (only what is missing), then
# configures and builds ./build. Safe to run again.
#
# Extra tools, only when asked for (CI asks for all three):
#   scripts/setup.sh fuzz       clang and libFuzzer, for -Dfuzz=true
#   scripts/setup.sh valgrind   valgrind, for meson test --setup valgrind
#   scripts/setup.sh deb        debhelper, lintian and the rest, for the
#                               Debian package (tests/deb/build.sh)
set -eu
cd "$(dirname "$0")/.."

packages="meson ninja-build pkg-config gcc libc6-dev libncurses-dev libyaml-dev
libcmocka-dev tmux strace libxml2-utils locales libespeak-ng-dev espeak-ng-data libfribidi-dev
libasound2-dev dialog"
for extra in "$@"; do
	case "$extra" in
	fuzz) packages="$packages clang libclang-rt-14-dev" ;;
	valgrind) packages="$packages valgrind" ;;
	deb) packages="$packages debhelper dpkg-dev fakeroot lintian bash-completion" ;;
	*) echo "setup: unknown extra '$extra' (expected fuzz, valgrind or deb)" >&2; exit 2 ;;
	esac
done
missing=""
for p in $packages; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
	echo "setup: installing$missing"
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi

[ -f build/build.ninja ] || meson setup build
meson compile -C build
# The shipped content compiled (tipcheck compile), for a faster start;
# content with an error is left to the program to report.
build/tipcheck compile >/dev/null ||
	echo "setup: the content was not compiled; 'build/tipcheck check' says why" >&2
