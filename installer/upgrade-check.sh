#!/usr/bin/env bash
# Installing a newer package over an older one keeps the data and migrates it: builds the .deb
# of an older commit (version N, default: where this branch left main) with today's installer
# scripts, installs it with dpkg -i, writes entries and a reading into a data directory,
# installs the current .deb (N+1) over it, and reads everything back with the new version
# (migrated: a pre-migration backup exists, the chain verifies, the entries are listed).
#   installer/upgrade-check.sh [OLD_COMMIT]
# Needs root, dpkg-deb, fakeroot and the package's dependencies; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OLD=${1:-$(git merge-base HEAD origin/main 2>/dev/null || git merge-base HEAD main)}
WORK=target/upgrade-check
fail() { echo "upgrade-check: FAILED: $*" >&2; exit 1; }
ok() { echo "upgrade-check: ok: $*"; }

[ -f target/installer/roaddesk_*_amd64.deb ] 2>/dev/null || installer/build.sh
NEW=$(ls target/installer/roaddesk_*_amd64.deb | head -1)
rm -rf "$WORK" && mkdir -p "$WORK"
git worktree add --detach "$WORK/old" "$OLD" >/dev/null 2>&1 || fail "git worktree add $OLD"
trap 'git -C "$ROOT" worktree remove --force "$ROOT/$WORK/old" >/dev/null 2>&1 || true' EXIT
# The old code with today's installer (the old commit may have none); its version is set below this one's.
rm -rf "$WORK/old/installer" "$WORK/old/bench" && cp -r installer bench "$WORK/old/"
mkdir -p "$WORK/old/src/main/resources/icons" && cp src/main/resources/icons/roaddesk.png "$WORK/old/src/main/resources/icons/"
sed -i 's#^  <version>[0-9.]*\(-SNAPSHOT\)\?</version>#  <version>0.1.0-SNAPSHOT</version>#' "$WORK/old/pom.xml"
# Its window knows no start-up marker: its archive holds the commands' classes only.
(cd "$WORK/old" && ROADDESK_TRAIN_WINDOW=0 installer/build.sh >/dev/null 2>&1) || fail "building version N at $OLD"
OLD_DEB=$(ls "$WORK"/old/target/installer/roaddesk_*_amd64.deb | head -1)
ok "version N built from $(git log -1 --format='%h %s' "$OLD" | cut -c1-60)"

DATA=$ROOT/$WORK/data
dpkg -i "$OLD_DEB" >/dev/null || fail "dpkg -i $OLD_DEB"
ok "installed $(dpkg-query -W -f '${Version}' roaddesk)"
first=$(roaddesk --data-dir "$DATA" log add "升级前的记录：旅游公路 K12 积雪 18 厘米")
roaddesk --data-dir "$DATA" log add "升级前的第二条记录" >/dev/null
before=$(roaddesk --data-dir "$DATA" log verify 2>/dev/null)
ok "version N wrote entries $first.. (head $before)"

dpkg -i "$NEW" >/dev/null || fail "dpkg -i $NEW over version N"
ok "upgraded to $(dpkg-query -W -f '${Version}' roaddesk)"
after=$(roaddesk --data-dir "$DATA" log verify 2>/dev/null) || fail "log verify after the upgrade"
[ "$after" = "$before" ] || fail "the chain's head changed: $before → $after"
listed=$(roaddesk --data-dir "$DATA" log list --format jsonl)
grep -q "升级前的记录" <<<"$listed" || fail "the old entries are not listed"
ls "$DATA"/backups/pre-migration-* >/dev/null 2>&1 || fail "no backup before the migration"
roaddesk --data-dir "$DATA" log add "升级后的记录" >/dev/null || fail "log add after the upgrade"
ok "version N+1 migrated the store (backup $(basename "$(ls "$DATA"/backups/pre-migration-* | head -1)")), same head, entries listed, writes"
dpkg -r roaddesk >/dev/null
[ -d "$DATA" ] && ok "dpkg -r leaves the data directory alone"
