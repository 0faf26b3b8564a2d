#!/bin/sh
# Izdeu for Linux: install for this user (no root, no internet), or remove it again.
#
#   sh install.sh               copy Izdeu to ~/.local/share/izdeu/program and add it to the menu
#   sh install.sh --uninstall   remove the program and its menu entry (your vault is KEPT)
#   ./izdeu-gui                 run it from this folder without installing
#
# Your vault (vault.izdeu) lives in ~/.local/share/izdeu/, beside the program folder; neither
# installing nor uninstalling touches it.
set -eu

APP_ID=org.izdeu.Izdeu
HERE=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
DEST=$DATA/izdeu/program
BIN=$HOME/.local/bin
DESKTOP=$DATA/applications/$APP_ID.desktop
ICON_PNG=$DATA/icons/hicolor/256x256/apps/$APP_ID.png
ICON_SVG=$DATA/icons/hicolor/scalable/apps/$APP_ID.svg
METAINFO=$DATA/metainfo/$APP_ID.metainfo.xml

say() { printf '%s\n' "$*"; }
fail() { printf 'izdeu install: %s\n' "$*" >&2; exit 1; }

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 \
        && update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 \
        && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
}

uninstall() {
    if [ -L "$BIN/izdeu" ]; then
        case $(readlink "$BIN/izdeu") in "$DEST"/*) rm -f "$BIN/izdeu" ;; esac
    fi
    rm -f "$DESKTOP" "$ICON_PNG" "$ICON_SVG" "$METAINFO"
    rm -rf "$DEST" "$DEST.new" "$DEST.old"
    refresh_menus
    say "Izdeu was removed."
    if [ -e "$DATA/izdeu/vault.izdeu" ]; then
        say "Your vault was NOT deleted: $DATA/izdeu/vault.izdeu"
    fi
}

install() {
    [ -x "$HERE/izdeu" ] || [ -f "$HERE/izdeu" ] || fail "run this script from the unpacked Izdeu folder"
    [ -d "$HERE/_internal" ] || fail "the folder _internal is missing next to this script"
    if [ "$HERE" = "$DEST" ]; then
        fail "Izdeu is already installed here; to remove it: sh \"$DEST/install.sh\" --uninstall"
    fi

    mkdir -p "$DATA/izdeu"
    chmod 700 "$DATA/izdeu"
    rm -rf "$DEST.new" "$DEST.old"
    mkdir -p "$DEST.new"
    # cp -R keeps the symbolic links inside _internal (cp -a is not in every busybox).
    cp -R -P "$HERE/izdeu" "$HERE/izdeu-gui" "$HERE/_internal" "$HERE/share" "$DEST.new/"
    cp "$HERE/install.sh" "$DEST.new/install.sh"
    for doc in README.txt LICENSE.txt licenses; do
        if [ -e "$HERE/$doc" ]; then cp -R "$HERE/$doc" "$DEST.new/"; fi
    done
    chmod 755 "$DEST.new/izdeu" "$DEST.new/izdeu-gui"
    printf '#!/bin/sh\nexec sh "%s/install.sh" --uninstall\n' "$DEST" > "$DEST.new/uninstall.sh"
    chmod 755 "$DEST.new/uninstall.sh" "$DEST.new/install.sh"
    # Swap in the new version only once it is completely copied.
    [ -d "$DEST" ] && mv "$DEST" "$DEST.old"
    mv "$DEST.new" "$DEST"
    rm -rf "$DEST.old"

    mkdir -p "$DATA/applications" "$(dirname "$ICON_PNG")" "$(dirname "$ICON_SVG")" \
        "$(dirname "$METAINFO")" "$BIN"
    cp "$DEST/share/icons/izdeu.png" "$ICON_PNG"
    cp "$DEST/share/icons/izdeu.svg" "$ICON_SVG"
    cp "$DEST/share/$APP_ID.metainfo.xml" "$METAINFO"
    # The menu entry starts the installed program by its full path (quoted for spaces).
    sed -e "s|^Exec=.*|Exec=\"$DEST/izdeu-gui\"|" -e "/^Exec=/a TryExec=$DEST/izdeu-gui" \
        "$DEST/share/$APP_ID.desktop" > "$DESKTOP"
    chmod 644 "$DESKTOP"
    ln -sf "$DEST/izdeu" "$BIN/izdeu"
    refresh_menus

    say "Izdeu is installed in $DEST"
    say "Start it from the applications menu (Izdeu), or type: izdeu"
    case ":$PATH:" in *":$BIN:"*) ;; *) say "(or: $BIN/izdeu — $BIN is not on your PATH)" ;; esac
    say "To check it works on this computer: $BIN/izdeu --self-test"
    say "To remove it: sh \"$DEST/uninstall.sh\""
}

case "${1:-}" in
    "") install ;;
    --uninstall|uninstall) uninstall ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) fail "unknown option $1 (use --uninstall or --help)" ;;
esac
