#!/usr/bin/env bash
# Set-up and everyday commands for Clerk Desk.  Creates .venv on first use, installs the
# pinned dependencies (constraints.txt) and re-installs whenever they change.
#   ./dev.sh app [ARGS]   start the desktop app (embedded SQLite by default)
#   ./dev.sh test [ARGS]  run the whole test suite (Qt offscreen)
#   ./dev.sh lint         ruff and mypy
#   ./dev.sh cli ARGS     run clerk-desk ARGS
set -euo pipefail
cd "$(dirname "$0")"
VENV=${CLERK_DESK_VENV:-.venv}

pick_python() {
  for py in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
    [ -n "$py" ] || continue
    if command -v "$py" >/dev/null 2>&1 &&
       "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  echo "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)." >&2
  exit 2
}

ensure_env() {
  if [ ! -x "$VENV/bin/python" ]; then
    "$(pick_python)" -m venv "$VENV"
  fi
  local stamp="$VENV/.clerk-desk-installed"
  local want
  want=$(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
    echo "$want" > "$stamp"
  fi
}

# Dead code: functions, classes and names nothing uses (vulture).  Names used only by name
# (page classes, command handlers, model fields) are listed with a reason in vulture_allow.py.
dead_code() {
  "$VENV/bin/vulture" clerk_desk tests scripts benchmarks main.py vulture_allow.py \
    --exclude clerk_desk/gui/forms --min-confidence 60 \
    --ignore-decorators "@pytest.fixture,@*.command,@*.group,@*.setter" \
    --ignore-names "eventFilter,__getattr__,__qualname__,pytest_*,pytestmark,[a-z]*[A-Z]*"
}

cmd=${1:-app}
shift || true
case "$cmd" in
  app)  ensure_env; exec "$VENV/bin/python" main.py "$@" ;;
  test) ensure_env; export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}; exec "$VENV/bin/python" -m pytest "$@" ;;
  lint) ensure_env; "$VENV/bin/ruff" check . && "$VENV/bin/mypy" && "$VENV/bin/lint-imports" && dead_code ;;
  cli)  ensure_env; exec "$VENV/bin/clerk-desk" "$@" ;;
  *) echo "usage: ./dev.sh app|test|lint|cli [ARGS]" >&2; exit 2 ;;
esac
