#!/usr/bin/env bash
# Renders Output/report.html in headless Chromium at desktop and phone widths, for a person to look
# at. Needs Debian's chromium (apt-get install -y chromium). Usage: Benchmarks/screenshot-report.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/crosscheck-screenshots}
mkdir -p "$out"
page="file://$PWD/Output/report.html"
chromium --headless --no-sandbox --hide-scrollbars --window-size=1280,2400 --screenshot="$out/report-desktop.png" "$page"
chromium --headless --no-sandbox --hide-scrollbars --window-size=390,2400 --screenshot="$out/report-phone.png" "$page"
echo "$out/report-desktop.png $out/report-phone.png"
