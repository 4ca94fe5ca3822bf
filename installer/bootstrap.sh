#!/usr/bin/env bash
# Installs every build and test dependency of Postscope on Debian 12 or newer
# Debian/Ubuntu. Idempotent: when everything is present it only checks and
# returns in a second or two, without asking for root. Installing needs root,
# or a user who may use sudo (then only the installing steps run under sudo).
set -euo pipefail

log() { printf '[bootstrap] %s\n' "$*" >&2; }
SUDO=""
need_root() {
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    if command -v sudo >/dev/null 2>&1; then
      SUDO="sudo"
    else
      log "something is missing, and installing it needs root or sudo"; exit 1
    fi
  fi
}
export DEBIAN_FRONTEND=noninteractive

PKGS=(
  build-essential cmake ninja-build ccache pkg-config git ca-certificates xz-utils
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-5compat-dev qt6-svg-dev libgl-dev qt6-translations-l10n
  qt6-networkauth-dev
  qtkeychain-qt6-dev libgmime-3.0-dev libssl-dev libsasl2-dev libedit-dev
  libsasl2-modules libsasl2-modules-gssapi-mit gnupg openssl
  libopendkim-dev python3-dkim python3-nacl
  clang libclang-rt-dev
  postfix dovecot-core python3-aiosmtpd swaks libnet-ssleay-perl libio-socket-ssl-perl libauthen-sasl-perl
  xvfb xauth x11-utils imagemagick xdotool
  # QtKeychain's Secret Service backend (libsecret is dlopened), and a
  # private keyring for tests/accounts (checked with secret-tool)
  libsecret-1-0 gnome-keyring dbus-daemon libsecret-tools
  libqt6svg6 qt6-qpa-plugins
  # tests/ui/tst_desktopfiles: the desktop entry and AppStream metainfo validated
  appstream desktop-file-utils
)

# One dpkg-query for all names keeps a second run at about a second.
declare -A installed=()
while read -r name status; do
  [ "$status" = "installed" ] && installed[$name]=1
done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PKGS[@]}" 2>/dev/null || true)
missing=()
for p in "${PKGS[@]}"; do
  [ -n "${installed[$p]:-}" ] || missing+=("$p")
done

# QCA for Qt 6: the distribution package when it exists.
have_qca() {
  [ -e /usr/local/lib/cmake/Qca-qt6/Qca-qt6Config.cmake ] ||
  ls /usr/lib/*/cmake/Qca-qt6/Qca-qt6Config.cmake >/dev/null 2>&1
}

apt_updated=0
apt_update() {
  need_root
  if [ $apt_updated -eq 0 ]; then
    log "apt-get update"; $SUDO apt-get update -qq; apt_updated=1
  fi
}

if [ ${#missing[@]} -gt 0 ]; then
  need_root
  # Keep Postfix from configuring the machine: tests run private instances.
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  apt_update
  # Some names differ between releases; install what exists.
  avail=()
  for p in "${missing[@]}"; do
    if apt-cache show "$p" >/dev/null 2>&1; then avail+=("$p"); else log "not in this release: $p"; fi
  done
  log "installing: ${avail[*]}"
  $SUDO apt-get install -y -qq --no-install-recommends "${avail[@]}" >/dev/null
fi

if ! have_qca; then
  apt_update
  if apt-cache show libqca-qt6-dev >/dev/null 2>&1; then
    log "installing libqca-qt6-dev"
    $SUDO apt-get install -y -qq --no-install-recommends libqca-qt6-dev libqca-qt6-plugins >/dev/null
  else
    log "building QCA for Qt 6 from Debian's source tarball"
    work=$(mktemp -d)
    # apt downloads as the unprivileged _apt user when run as root: let it
    # into the work folder, or apt falls back to an unsandboxed download.
    chmod 755 "$work"
    if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then chown _apt "$work"; fi
    src_list=/etc/apt/sources.list.d/postscope-qca-src.sources
    # Same mirror and keyring as the machine's own Debian entry.
    uri="" keyring=""
    if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
      uri=$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | grep -v security | head -1)
      keyring=$(grep -h '^Signed-By:' /etc/apt/sources.list.d/*.sources | awk '{print $2}' | head -1)
    fi
    if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
      uri=$(grep -E '^deb ' /etc/apt/sources.list | grep -v security | awk '{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; exit}}' | head -1)
    fi
    [ -n "$keyring" ] || keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    printf 'Types: deb-src\nURIs: %s\nSuites: trixie\nComponents: main\nSigned-By: %s\n' "$uri" "$keyring" | $SUDO tee "$src_list" >/dev/null
    trap '$SUDO rm -f "$src_list"; $SUDO apt-get update -qq || true' EXIT
    $SUDO apt-get update -qq
    ( cd "$work" && { apt-get source --tar-only --download-only qca2=2.3.10-1 ||
                      apt-get source --tar-only --download-only qca2/trixie; } )
    $SUDO rm -f "$src_list"; trap - EXIT; $SUDO apt-get update -qq || true
    tarball=$(ls "$work"/qca2_*.orig.tar.* | head -1)
    tar -C "$work" -xf "$tarball"
    srcdir=$(find "$work" -maxdepth 1 -type d -name 'qca*' | head -1)
    cmake -S "$srcdir" -B "$work/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_INSTALL_PREFIX=/usr/local -DBUILD_WITH_QT6=ON -DBUILD_TESTS=OFF \
      -DBUILD_TOOLS=OFF -DWITH_botan_PLUGIN=no -DWITH_nss_PLUGIN=no \
      -DWITH_pkcs11_PLUGIN=no -DWITH_gcrypt_PLUGIN=no >/dev/null
    cmake --build "$work/build" -j2 >/dev/null
    $SUDO cmake --install "$work/build" >/dev/null
    $SUDO ldconfig
    rm -rf "$work"
  fi
fi

have_qca || { log "QCA for Qt 6 is still missing"; exit 1; }
log "all dependencies present"
