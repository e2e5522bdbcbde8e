#!/bin/bash
# The Debian package, as CI checks it (called from .ci/run, not part of
# 'meson test': it needs debhelper and takes minutes).
#
#  1. installs what it needs (scripts/setup.sh deb);
#  2. builds tipcheck_VERSION_ARCH.deb with dpkg-buildpackage -us -uc -b in
#     a scratch copy of the tree (the build runs the whole test suite,
#     unless DEB_BUILD_OPTIONS=nocheck);
#  3. runs lintian on the result, failing on any error or warning;
#  4. unpacks the package into a throwaway root (dpkg -x), checks that its
#     compiled content (tipcheck.cache) is that of its content, and runs the
#     installed binary from there, twice:
#     - with --content pointing at the unpacked /usr/share/tipcheck: proves
#       the package's content is complete and valid for its binary;
#     - in a chroot of that root holding nothing but the package and the
#       shared libraries the binary links (each owned by a package its
#       Depends names), with no --content and no TIPCHECK_CONTENT: proves the
#       binary finds its content where the package installs it, through
#       the path compiled in;
#  5. drives the installed bash completion with the installed binary.
#
# The chroot needs root (through sudo otherwise, as setup.sh does).
# Usage: tests/deb/build.sh [WORKDIR]   (default: a new temporary folder,
# removed when all passed, kept to look at when something failed)
set -euo pipefail
cd "$(dirname "$0")/../.."
src=$PWD
began=$SECONDS
step() { echo "== deb: $* ($((SECONDS - began)) s)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

step "tools"
scripts/setup.sh deb >/dev/null

version=$(meson introspect --projectinfo meson.build 2>/dev/null |
	python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')
changelog=$(dpkg-parsechangelog -l debian/changelog -S Version)
[ "$changelog" = "$version" ] ||
	fail "debian/changelog is at $changelog, meson.build at $version"
arch=$(dpkg --print-architecture)

work=${1:-$(mktemp -d /tmp/tipcheck-deb.XXXXXX)}
mkdir -p "$work"
tree=$work/tipcheck-$version
rm -rf "$tree" "$work/root"
mkdir "$tree"
# The tree as git sees it: tracked files and new ones not ignored (no
# build directories).
git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$tree"

step "dpkg-buildpackage -us -uc -b (DEB_BUILD_OPTIONS=${DEB_BUILD_OPTIONS:-})"
if ! (cd "$tree" && dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1; then
	tail -n 60 "$work/build.log"
	fail "the package did not build; the log: $work/build.log"
fi
deb=$work/tipcheck_${version}_$arch.deb
[ -f "$deb" ] || fail "no $deb"
# (none with DEB_BUILD_OPTIONS=nocheck, as CI builds it: the suite ran before)
if grep -qE '^Ok: ' "$work/build.log"; then
	grep -E '^(Ok|Fail|Skipped|Timeout): ' "$work/build.log" | tr -s ' ' | paste -sd ' ' |
		sed 's/^/meson test in the build: /'
fi

step "lintian"
# The .changes covers the package, its debug symbols and the buildinfo.
lintian --fail-on error,warning --display-info "$work/tipcheck_${version}_$arch.changes" ||
	fail "lintian"

step "the package's files"
root=$work/root
dpkg -x "$deb" "$root"
bad=$(dpkg -c "$deb" | awk '{ print $6 }' | grep -v '^\./$' | grep -v '^\./usr/' || true)
[ -z "$bad" ] || fail "files outside /usr: $bad"
for f in usr/bin/tipcheck \
	usr/share/tipcheck/indicators/sources.yaml \
	usr/share/tipcheck/indicators/rules \
	usr/share/tipcheck/indicators/checklists \
	usr/share/tipcheck/indicators/referrals \
	usr/share/tipcheck/indicators/scenarios \
	usr/share/tipcheck/translations/en.yaml \
	usr/share/man/man1/tipcheck.1.gz \
	usr/share/doc/tipcheck/copyright \
	usr/share/doc/tipcheck/README.md.gz \
	usr/share/doc/tipcheck/doc/json.md.gz \
	usr/share/doc/tipcheck/indicators/README.md.gz \
	usr/share/doc/tipcheck/translations/README.md.gz \
	usr/share/bash-completion/completions/tipcheck; do
	[ -e "$root/$f" ] || fail "the package lacks /$f"
done
# Every content file of the tree, and nothing else, is in the package.
diff <(cd "$src" && git ls-files -co --exclude-standard indicators translations |
	grep -v 'README\.md$' | sort) \
	<(cd "$root/usr/share/tipcheck" && find . -type f ! -name tipcheck.cache |
		sed 's|^\./||' | sort) ||
	fail "the package's content differs from the tree's (above)"
# The compiled content, current: compiling the package's content again
# with its binary gives the same bytes (every start then reads it).
[ -f "$root/usr/share/tipcheck/tipcheck.cache" ] || fail "the package lacks tipcheck.cache"
cp -r "$root/usr/share/tipcheck" "$work/recompiled"
env -u TIPCHECK_CONTENT "$root/usr/bin/tipcheck" --content "$work/recompiled" compile >/dev/null ||
	fail "tipcheck compile of the package's content"
cmp "$root/usr/share/tipcheck/tipcheck.cache" "$work/recompiled/tipcheck.cache" ||
	fail "the package's tipcheck.cache is not that of its content"
rm -rf "$work/recompiled"

# check and list: exit 0, and list names every checklist of the content.
run_installed() {	# run_installed WHAT COMMAND...
	local what=$1 out
	shift
	out=$("$@" check 2>&1) || fail "$what: tipcheck check: $out"
	grep -q "^tipcheck check: OK: " <<<"$out" || fail "$what: tipcheck check said: $out"
	echo "$what: $out"
	out=$("$@" list 2>&1) || fail "$what: tipcheck list: $out"
	for f in "$root"/usr/share/tipcheck/indicators/checklists/*.yaml; do
		id=$(basename "$f" .yaml)
		grep -q "^  $id " <<<"$out" || fail "$what: tipcheck list lacks $id: $out"
	done
	out=$("$@" --version 2>&1)
	[ "$out" = "tipcheck $version" ] || fail "$what: tipcheck --version said: $out"
}

step "the installed binary, --content of the installed content"
run_installed "--content $root/usr/share/tipcheck" \
	env -u TIPCHECK_CONTENT LC_ALL=C.UTF-8 "$root/usr/bin/tipcheck" --content "$root/usr/share/tipcheck"

step "the installed binary in a chroot, the compiled-in content path"
depends=$(dpkg-deb -f "$deb" Depends)
# The libraries the binary itself needs, each from a package that Depends
# names (their own libraries come through those packages' Depends); all
# of them are copied into the chroot.
needed=$(readelf -d "$root/usr/bin/tipcheck" | sed -n 's/.*NEEDED.*\[\(.*\)\]/\1/p')
for lib in $(ldd "$root/usr/bin/tipcheck" | grep -o '/[^ ]*'); do
	cp --parents -L "$lib" "$root"
	grep -qxF "$(basename "$lib")" <<<"$needed" || continue
	owner=""
	for p in "$lib" "$(realpath "$lib")" "/usr$lib"; do
		owner=$(dpkg -S "$p" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
	done
	[ -n "$owner" ] || fail "no package owns $lib"
	grep -qE "(^|, )$owner( |,|$)" <<<"$depends" ||
		fail "$lib is from $owner, which Depends ($depends) lacks"
done
# The C.UTF-8 locale of libc-bin, which every Debian system has.
[ -d /usr/lib/locale/C.utf8 ] && cp --parents -r /usr/lib/locale/C.utf8 "$root"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
# env -i empties PATH, and chroot is in /usr/sbin: by its full name.
run_installed "chroot $root" $sudo env -i LC_ALL=C.UTF-8 "$(command -v chroot)" "$root" \
	/usr/bin/tipcheck

step "the installed bash completion"
COMPLETION=$root/usr/share/bash-completion/completions/tipcheck \
	TIPCHECK=$root/usr/bin/tipcheck TIPCHECK_CONTENT=$root/usr/share/tipcheck \
	TIPCHECK_SRC=$src LC_ALL=C.UTF-8 bash tests/e2e/completion/completion.sh ||
	fail "the installed completion"

[ -n "${1:-}" ] || rm -rf "$work"
step "done: $(basename "$deb") builds, lintian is clean, the installed files work"
