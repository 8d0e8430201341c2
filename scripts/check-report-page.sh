#!/usr/bin/env bash
# Checks that a report page (`report summary --html FILE`, `report district ... --html FILE`)
# renders: it must be self-contained, render in headless Chromium to a PNG at phone (390 px)
# and desktop (1280 px) widths, show every chart, and not scroll sideways on the phone.
#
# Usage:
#   scripts/check-report-page.sh [--out DIR] PAGE.html...
#   scripts/check-report-page.sh [--out DIR] --samples
#
# --samples first writes the sample pages of the Reports tests (a school and a district, in
# Chinese and English) and checks those; by hand that is
#   REPORT_SAMPLE_OUT=DIR swift test --filter writeSamplePages
# which writes DIR/summary.zh.html, summary.en.html, district.zh.html and district.en.html.
#
# The screenshots go to DIR (default: a new temporary directory) as NAME-390.png and
# NAME-1280.png; look at them. Installs Debian's chromium and a CJK font when missing (with
# sudo when not root): without a CJK font Chinese renders as boxes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"

# Paths are taken relative to where the script is run from.
absolute() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }

out=""
samples=false
pages=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$(absolute "${2:?--out needs a directory}")"; shift 2 ;;
    --samples) samples=true; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) pages+=("$(absolute "$1")"); shift ;;
  esac
done
[ -n "$out" ] || out="$(mktemp -d "${TMPDIR:-/tmp}/report-page.XXXXXX")"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if $samples; then
  (cd "$root" && REPORT_SAMPLE_OUT="$out/samples" swift test --filter writeSamplePages) >"$out/samples.log" 2>&1 \
    || { cat "$out/samples.log" >&2; echo "error: could not write the sample pages" >&2; exit 1; }
  for page in "$out"/samples/*.html; do pages+=("$page"); done
fi
if [ ${#pages[@]} -eq 0 ]; then
  echo "usage: scripts/check-report-page.sh [--out DIR] (PAGE.html... | --samples)" >&2
  exit 2
fi

# Chromium and a CJK font, when missing.
if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then missing+=(fonts-noto-cjk); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

profile="$(mktemp -d "${TMPDIR:-/tmp}/report-page-profile.XXXXXX")"
trap 'rm -rf "$profile"' EXIT
flags=(--headless --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --user-data-dir="$profile" --allow-file-access-from-files)
# As root Chromium refuses to start without this.
if [ "$(id -u)" -eq 0 ] || [ "${CHROMIUM_NO_SANDBOX:-}" = 1 ]; then flags+=(--no-sandbox); fi

chromium_run() { timeout 120 chromium "${flags[@]}" "$@" 2>>"$out/chromium.log"; }

# The PNG's width from its IHDR chunk.
png_width() { od -An -tu1 -j16 -N4 "$1" | awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }'; }

# Loads PAGE in an iframe WIDTH pixels wide and prints "width=W height=H svgs=N visible=V": the
# page's scroll width and height, its SVG charts, and those drawn with a size inside the width.
measure() {
  local page="$1" width="$2" wrapper="$out/measure-$2.html"
  cat >"$wrapper" <<HTML
<!DOCTYPE html><html><body style="margin:0">
<iframe id="page" src="file://$page" style="border:0;width:${width}px;height:900px"></iframe>
<pre id="result">pending</pre>
<script>
document.getElementById('page').addEventListener('load', function () {
  var doc = this.contentDocument, result = document.getElementById('result');
  if (!doc) { result.textContent = 'error=no-access'; return; }
  var svgs = doc.querySelectorAll('svg'), visible = 0, limit = doc.documentElement.clientWidth + 0.5;
  svgs.forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && box.left >= -0.5 && box.right <= limit) visible += 1;
  });
  result.textContent = 'width=' + doc.documentElement.scrollWidth + ' height=' + doc.documentElement.scrollHeight
    + ' svgs=' + svgs.length + ' visible=' + visible;
});
</script></body></html>
HTML
  chromium_run --virtual-time-budget=10000 --dump-dom "file://$wrapper" \
    | sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p'
}

# One number of measure's output: `field width` after `result=...`.
field() { echo "$result" | sed -n "s/.*\b$1=\([0-9]*\).*/\1/p"; }

failures=0
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }

for page in "${pages[@]}"; do
  [ -f "$page" ] || { fail "$page: no such file"; continue; }
  name="$(basename "$page" .html)"

  # Self-contained: nothing runs and nothing is fetched.
  if grep -qi '<script' "$page"; then fail "$name: the page has a script"; fi
  if grep -Eqi 'https?://|@import|@font-face|<link|<iframe|<img|src=' "$page"; then
    fail "$name: the page refers to another file or address"
  fi

  for width in 390 1280; do
    before=$failures
    result="$(measure "$page" "$width")"
    [ -n "$result" ] && [ "${result#error}" = "$result" ] || { fail "$name at $width px: could not measure the page ($result)"; continue; }
    m_width=$(field width); m_height=$(field height); m_svgs=$(field svgs); m_visible=$(field visible)
    if [ "$m_width" -gt "$width" ]; then fail "$name at $width px: scrolls sideways (content is $m_width px wide)"; fi
    if [ "$m_svgs" -eq 0 ]; then fail "$name at $width px: no chart"; fi
    if [ "$m_visible" -ne "$m_svgs" ]; then fail "$name at $width px: $((m_svgs - m_visible)) of $m_svgs charts not fully visible"; fi

    height=$((m_height < 600 ? 600 : m_height > 16000 ? 16000 : m_height))
    png="$out/$name-$width.png"
    rm -f "$png"
    chromium_run --screenshot="$png" --window-size="$width,$height" "file://$page" >/dev/null || true
    if [ ! -f "$png" ]; then fail "$name at $width px: no screenshot"; continue; fi
    size=$(stat -c %s "$png")
    if [ "$size" -lt 20000 ]; then fail "$name at $width px: screenshot is only $size bytes"; fi
    if [ "$(png_width "$png")" -lt "$width" ]; then fail "$name at $width px: screenshot is $(png_width "$png") px wide"; fi
    [ "$failures" -gt "$before" ] && continue
    echo "ok $name at $width px: ${m_width}x${m_height}, $m_visible/$m_svgs charts, $png ($size bytes)"
  done
done

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed; Chromium's messages are in $out/chromium.log" >&2
  exit 1
fi
