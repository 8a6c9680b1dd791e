# Shared by scripts/csshell, scripts/test, scripts/bench and scripts/fuzz: install what is missing.
# Sourced, not run. Installs Debian packages only when a needed command or header is absent.

csshell_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# What building csshell needs: libedit (the line editor) and libpq (the PostgreSQL store's client,
# linked into every csshell binary: libpq5 at run time), found through pkg-config.
build_packages=(libedit-dev libpq-dev libpq5 pkg-config)

# ensure_packages PKG... : apt-get install the Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..." >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  if ! $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
    $sudo apt-get update -qq >/dev/null 2>&1 || true
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || {
      echo "error: could not install ${missing[*]}" >&2; return 1; }
  fi
}

# build_release: the release build of csshell (.build/release/csshell) that scripts/csshell runs and
# scripts/bench measures. The Swift runtime and Foundation are linked in, so the dynamic loader has none
# of their symbols to bind at each start: a third of the time of a one-command run (figure (a)).
build_release() { swift build -c release --static-swift-stdlib --product csshell; }

ensure_swift() {
  command -v swift >/dev/null 2>&1 && return 0
  [ -x /opt/swift/usr/bin/swift ] && export PATH="/opt/swift/usr/bin:$PATH" && return 0
  echo "error: the Swift toolchain (swift) is not on PATH; install Swift 6 first." >&2
  return 1
}

# ensure_packages_without_services PKG... : ensure_packages for packages that ship a system service
# (prosody, ejabberd): while they install, a policy-rc.d refuses every service start, so nothing is
# left running on the machine's ports; the tests start their own instances. A policy-rc.d that was
# already there is left as it is.
ensure_packages_without_services() {
  local guard=/usr/sbin/policy-rc.d sudo="" created="" rc=0
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ ! -e "$guard" ]; then
    printf '#!/bin/sh\n# csshell scripts/setup.sh: no service starts while packages install\nexit 101\n' | $sudo tee "$guard" >/dev/null
    $sudo chmod 755 "$guard"
    created=1
  fi
  ensure_packages "$@" || rc=$?
  [ -n "$created" ] && $sudo rm -f "$guard"
  return $rc
}

# ensure_panel_test_tools : what the Control Panel's browser tests need — Debian's chromium and
# chromium-driver, openssl (test certificates), and Selenium from PyPI in a virtual environment of the
# checkout's own (.build-panel-venv), so that pip upgrades nothing of the machine's Python. Exports
# CSSHELL_PANEL_PYTHON, the interpreter that has Selenium.
ensure_panel_test_tools() {
  ensure_packages chromium chromium-driver openssl python3-venv
  local venv
  venv="$(csshell_root)/.build-panel-venv"
  if ! "$venv/bin/python" -c 'import selenium' >/dev/null 2>&1; then
    echo "Installing Selenium into $venv ..." >&2
    rm -rf "$venv"
    python3 -m venv "$venv" >&2 || { echo "error: could not create $venv" >&2; return 1; }
    "$venv/bin/python" -m pip install -q --disable-pip-version-check 'selenium==4.51.0' >&2 || {
      echo "error: could not install Selenium from PyPI" >&2; return 1; }
  fi
  export CSSHELL_PANEL_PYTHON="$venv/bin/python"
}
