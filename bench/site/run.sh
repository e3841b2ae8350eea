#!/usr/bin/env bash
# Site build benchmark: diffpress build vs Hugo on the same N reports (default 10,000, ~25 KB each).
# Prints both times, the ratio, both peak memories, and diffpress's rebuilds: with nothing changed, and after adding
# one report (target: under 2 s).
# Needs: target/diffpress.jar (mvn -B -q package -DskipTests), Debian's hugo and time (apt-get install hugo time).
set -euo pipefail
cd "$(dirname "$0")/../.."
N="${1:-10000}"
WORK="$(mktemp -d /tmp/diffpress-bench-site.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
echo "bench: writing $N reports into $WORK"
python3 bench/site/make_reports.py "$N" "$WORK/portal" src/test/resources/io/diffpress/site/example-report.md
du -sh "$WORK/portal/content" | awk '{print "bench: content " $1}'
cat > "$WORK/portal/site.yml" <<YML
title: Bench
baseURL: https://example.github.io/bench/
pageSize: 20
YML

measure() { # label, command... → seconds, peak KB; CPU seconds (user + system) go to $WORK/LABEL.cpu
  local label="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.txt" "$@" > "$WORK/$label.log" 2>&1 || { cat "$WORK/$label.log"; exit 1; }
  read -r secs kb user sys < "$WORK/time.txt"
  python3 -c "print(f'{$user + $sys:.1f}')" > "$WORK/$label.cpu"
  echo "$secs $kb"
}

read -r dp_s dp_kb < <(measure diffpress java -jar target/diffpress.jar build --quiet --no-generate --config "$WORK/portal/site.yml")
echo "bench: diffpress build   ${dp_s} s (cpu $(cat "$WORK/diffpress.cpu") s), peak RSS $((dp_kb / 1024)) MB, $(find "$WORK/portal/public" -type f | wc -l) files"

read -r same_s same_kb < <(measure unchanged java -jar target/diffpress.jar build --no-generate --config "$WORK/portal/site.yml")
echo "bench: diffpress rebuild with nothing changed ${same_s} s (cpu $(cat "$WORK/unchanged.cpu") s), peak RSS $((same_kb / 1024)) MB ($(grep -o '[0-9]* written, [0-9]* unchanged' "$WORK/unchanged.log"))"

# One more report, then an incremental rebuild.
python3 - "$WORK/portal/content/openai" <<'PY'
import sys, os, shutil
d = sys.argv[1]
src = sorted(os.listdir(d))[0]
shutil.copy(os.path.join(d, src), os.path.join(d, "2099-01-01.md"))
text = open(os.path.join(d, "2099-01-01.md"), encoding="utf-8").read().replace(src[:-3], "2099-01-01", 1)
open(os.path.join(d, "2099-01-01.md"), "w", encoding="utf-8").write(text.replace("date: '" , "date: '2099-01-01' #", 1))
PY
read -r inc_s inc_kb < <(measure incremental java -jar target/diffpress.jar build --no-generate --config "$WORK/portal/site.yml")
echo "bench: diffpress rebuild after adding one report ${inc_s} s (cpu $(cat "$WORK/incremental.cpu") s), peak RSS $((inc_kb / 1024)) MB ($(grep -o '[0-9]* written, [0-9]* unchanged' "$WORK/incremental.log"))"

# Hugo on the same Markdown with a minimal layout: single, list, RSS, tags.
H="$WORK/hugo"
mkdir -p "$H/layouts/_default"
cp -r "$WORK/portal/content" "$H/content"
cat > "$H/hugo.toml" <<TOML
baseURL = "https://example.github.io/bench/"
title = "Bench"
[taxonomies]
tag = "tags"
[pagination]
pagerSize = 20
TOML
cat > "$H/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>
HTML
cat > "$H/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Summary }}</p>{{ .Content }}{{ end }}
HTML
cat > "$H/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range (.Paginate .Pages).Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }} {{ .Summary }}</li>{{ end }}</ul>{{ end }}
HTML
read -r hugo_s hugo_kb < <(measure hugo hugo --quiet --source "$H" --destination "$H/public")
echo "bench: hugo build        ${hugo_s} s (cpu $(cat "$WORK/hugo.cpu") s), peak RSS $((hugo_kb / 1024)) MB, $(find "$H/public" -type f | wc -l) files"
python3 - "$dp_s" "$hugo_s" "$dp_kb" "$hugo_kb" <<'PY'
import sys
dp, hugo, dpk, hk = map(float, sys.argv[1:])
print(f"bench: time ratio diffpress/hugo = {dp / hugo:.2f} (target < 1.0), memory ratio = {dpk / hk:.2f}")
PY
