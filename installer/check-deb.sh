#!/usr/bin/env bash
# Installs the built .deb with dpkg -i on this machine and checks that a working `roaddesk` came
# with it: on the PATH, running a command, writing and verifying a store, its class-data archive
# dumped and mapped, the menu entry and icon in place. Then removes the package again (the data
# directory of the check is a temporary one). Needs root and the package's dependencies installed
# (apt-get install xdg-utils libgtk-3-0 fonts-wqy-zenhei; or use apt-get install ./the.deb).
#   installer/check-deb.sh [target/installer/roaddesk_<version>-1_amd64.deb] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."
DEB=${1:-$(ls target/installer/roaddesk_*_amd64.deb | head -1)}
KEEP=${2:-}
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
ok() { echo "check-deb: ok: $*"; }

dpkg -i "$DEB" >/dev/null || fail "dpkg -i $DEB"
ok "dpkg -i $(basename "$DEB") ($(dpkg-query -W -f '${Version}' roaddesk))"
[ "$(command -v roaddesk)" = /usr/bin/roaddesk ] || fail "roaddesk is not on the PATH"
ok "roaddesk on the PATH -> $(readlink /usr/bin/roaddesk)"
out=$(cd / && roaddesk evaluate "$OLDPWD/resources/samples/01-heavy-snow-level-ii.json")
grep -q '"level":"II"' <<<"$out" || fail "evaluate: $out"
ok "roaddesk evaluate: level II"
data=$(mktemp -d)
seq=$(roaddesk --data-dir "$data/store" log add "安装检查记录")
head=$(roaddesk --data-dir "$data/store" log verify) || fail "log verify"
ok "roaddesk log add → entry $seq; log verify → $head"
[ -f /opt/roaddesk/lib/app/roaddesk.jsa ] || fail "no class-data archive"
JAVA_TOOL_OPTIONS="-Xlog:class+load=info" roaddesk evaluate resources/samples/01-heavy-snow-level-ii.json 2>/dev/null \
  | grep -q "cn.shiguai.roaddesk.Launcher source: shared objects file" || fail "the archive is not used"
ok "class-data archive dumped at install and mapped ($(du -m /opt/roaddesk/lib/app/roaddesk.jsa | cut -f1) MB)"
[ -f /usr/share/applications/roaddesk-roaddesk.desktop ] || fail "no menu entry"
grep -q "^Icon=/opt/roaddesk/lib/roaddesk.png" /usr/share/applications/roaddesk-roaddesk.desktop || fail "no icon"
ok "menu entry $(grep '^Name=' /usr/share/applications/roaddesk-roaddesk.desktop) with its icon"
rm -rf "$data"
if [ "$KEEP" != --keep ]; then
  dpkg -r roaddesk >/dev/null || fail "dpkg -r"
  [ ! -e /usr/bin/roaddesk ] && [ ! -e /opt/roaddesk ] || fail "files left after dpkg -r"
  ok "dpkg -r removes it cleanly"
fi
