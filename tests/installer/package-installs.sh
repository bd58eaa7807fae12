#!/usr/bin/env bash
# The Debian package as a user gets it: built by CPack from this build, its
# AppStream and desktop files valid, its dependencies resolvable from Debian's
# archive, installed with dpkg into a root of its own, and both programs run
# from there.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb")"

root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# Its dependencies are the system's; this root only holds the package.
dpkg --instdir="$root" --admindir="$root/var/lib/dpkg" --force-depends --force-not-root \
  --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; exit 1; }
for path in usr/bin/mirror-console usr/bin/mirrorctl usr/bin/mirror-monitor \
  usr/lib/systemd/system/mirror-monitor.service usr/lib/sysusers.d/mirror-monitor.conf \
  usr/share/applications/org.mirrorconsole.MirrorConsole.desktop \
  usr/share/metainfo/org.mirrorconsole.MirrorConsole.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/mirror-console.svg \
  usr/share/icons/hicolor/48x48/apps/mirror-console.png \
  usr/share/icons/hicolor/256x256/apps/mirror-console.png \
  usr/share/man/man1/mirror-console.1 usr/share/man/man1/mirrorctl.1; do
  [ -s "$root/$path" ] || { echo "missing from the package: /$path"; exit 1; }
done

version=$(dpkg-deb -f "$deb" Version)
"$root/usr/bin/mirrorctl" --version | grep -qx "mirrorctl $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/mirror-console" --version | grep -q "$version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/mirror-monitor" --version | grep -q "$version"
echo "the programs run from the installed paths, version $version"

# The installed service as its unit starts it: the unit's user (not root),
# its state directory, READY=1 and the watchdog on a NOTIFY_SOCKET.
chmod 0755 "$work"
MC_INSTALLED_ROOT="$root" QT_QPA_PLATFORM=offscreen "$build/tests/tst_mirrormonitor" >"$work/unit.log" 2>&1 ||
  { cat "$work/unit.log"; exit 1; }
echo "the installed mirror-monitor started as its unit says: READY=1, watchdog pings, SIGTERM"

appstreamcli validate --no-net --pedantic --explain \
  "$root/usr/share/metainfo/org.mirrorconsole.MirrorConsole.metainfo.xml"
desktop-file-validate "$root/usr/share/applications/org.mirrorconsole.MirrorConsole.desktop"
# Each man page renders without a warning.
for page in mirror-console mirrorctl; do
  warnings=$(groff -man -Tutf8 -ww -z "$root/usr/share/man/man1/$page.1" 2>&1)
  [ -z "$warnings" ] || { echo "$page.1: $warnings"; exit 1; }
done

# What apt would do on this Debian: every dependency found in the archive.
if [ -n "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e lock -e partial)" ]; then
  apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; exit 1; }
  echo "apt resolves every dependency"
fi
