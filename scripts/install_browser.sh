#!/usr/bin/env bash
# Install what tests/test_browser.py needs: Debian's chromium and the Python playwright driver.
# Playwright only drives /usr/bin/chromium (executable_path); never run `playwright install`,
# which downloads a browser build of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
PLAYWRIGHT_VERSION=1.65.2
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi
VENV=${VENV:-.venv}
test -x "$VENV/bin/python" || { echo "no $VENV: run 'make install' first" >&2; exit 1; }
"$VENV/bin/python" -m pip install --quiet "playwright==$PLAYWRIGHT_VERSION"
echo "chromium: $(command -v chromium) ($(chromium --version 2>/dev/null || echo '?'))"
echo "playwright: $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("playwright"))')"
