#!/usr/bin/env bash
# Site build benchmark: diffpress build vs Hugo on the same N reports (default 10,000, ~25 KB each).
# Prints both times, the ratio, both peak memories, and diffpress's rebuilds: with nothing changed, and after adding
# one report (target: under 2 s), by the build command and while serve runs, for both paginations.
# Needs: target/diffpress.jar (mvn -B -q package -DskipTests), Debian's hugo and time (apt-get install hugo time).
# JAVA_OPTS sets the JVM options of every diffpress run: by default those of README "Large sites", which the workflow
# init writes builds with (JAVA_OPTS= runs with the JVM's defaults); JAR runs another build of the jar (default
# target/diffpress.jar); SERVE_OPTS adds JVM options to the serve runs only (default -Xmn1g, as "Large sites" advises:
# a larger young generation steadies serve's rebuilds; the last -Xmn given counts);
# REBUILDS=0 times only the builds from nothing (diffpress and Hugo).
#
# Builds from nothing run ROUNDS times each (default 3: Hugo's own times vary by a third from one build to the next), in turns whose order alternates (diffpress then Hugo, then
# Hugo then diffpress); the ratios are of the medians. The work folder is made in BENCH_DIR: by default /dev/shm when
# it is a tmpfs with 8 GB free, else /tmp. On an ext4 disk, creating files in the minutes after many were deleted (an
# earlier run's cleanup, say) makes the kernel look past each recently deleted inode, which added 10-25 s of system
# time to whichever build came first (2026-12-02: diffpress from nothing 44.9-49.8 s on ext4, 28.4-32.5 s on tmpfs).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in hugo /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing: apt-get install hugo time python3" >&2; exit 2; }
done
N="${1:-10000}"
ROUNDS="${ROUNDS:-3}"
JAR="$(realpath "${JAR:-target/diffpress.jar}")"
JAVA_OPTS="${JAVA_OPTS--XX:+UseParallelGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -Xmn256m}"
SERVE_OPTS="${SERVE_OPTS--Xmn1g}"
if [[ -z "${BENCH_DIR:-}" ]]; then
  BENCH_DIR=/tmp
  if [[ "$(stat -f -c %T /dev/shm 2>/dev/null)" == tmpfs ]] && (( $(df -k --output=avail /dev/shm | tail -1) > 8 * 1024 * 1024 )); then
    BENCH_DIR=/dev/shm
  fi
fi
WORK="$(mktemp -d "$BENCH_DIR/diffpress-bench-site.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
echo "bench: writing $N reports into $WORK ($(stat -f -c %T "$WORK"))"
python3 bench/site/make_reports.py "$N" "$WORK/portal" src/test/resources/io/diffpress/site/example-report.md
du -sh "$WORK/portal/content" | awk '{print "bench: content " $1}'
H="$WORK/hugo"
mkdir -p "$H"
cp -r "$WORK/portal/content" "$H/content" # before the reports added for the rebuilds: both build the same N
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

# Hugo on the same Markdown with a minimal layout: single, list, RSS, tags.
mkdir -p "$H/layouts/_default"
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

echo "bench: JVM options: ${JAVA_OPTS:-(none)}; for serve also: ${SERVE_OPTS:-(none)}"
diffpress_from_nothing() { # round
  rm -rf "$WORK/portal/public" "$WORK/portal/.diffpress"
  read -r s kb < <(measure diffpress java ${JAVA_OPTS:-} -jar "$JAR" build --quiet --no-generate --config "$WORK/portal/site.yml")
  echo "bench: diffpress build   ${s} s (cpu $(cat "$WORK/diffpress.cpu") s), peak RSS $((kb / 1024)) MB, $(find "$WORK/portal/public" -type f | wc -l) files (round $1)"
  echo "$s $kb" >> "$WORK/diffpress.runs"
}
hugo_from_nothing() { # round
  rm -rf "$H/public"
  read -r s kb < <(measure hugo hugo --quiet --source "$H" --destination "$H/public")
  echo "bench: hugo build        ${s} s (cpu $(cat "$WORK/hugo.cpu") s), peak RSS $((kb / 1024)) MB, $(find "$H/public" -type f | wc -l) files (round $1)"
  echo "$s $kb" >> "$WORK/hugo.runs"
}
for round in $(seq "$ROUNDS"); do
  if (( round % 2 == 1 )); then diffpress_from_nothing "$round"; hugo_from_nothing "$round"
  else hugo_from_nothing "$round"; diffpress_from_nothing "$round"; fi
done
python3 - "$WORK/diffpress.runs" "$WORK/hugo.runs" <<'PY'
import sys, statistics
def medians(path):
    rows = [tuple(map(float, line.split())) for line in open(path)]
    return statistics.median(r[0] for r in rows), statistics.median(r[1] for r in rows)
(dp, dpk), (hugo, hk) = medians(sys.argv[1]), medians(sys.argv[2])
print(f"bench: medians of {len(open(sys.argv[1]).readlines())} builds each: diffpress {dp:.2f} s, hugo {hugo:.2f} s")
print(f"bench: time ratio diffpress/hugo = {dp / hugo:.2f} (target < 1.0), memory ratio = {dpk / hk:.2f}")
PY

read -r same_s same_kb < <(measure unchanged java ${JAVA_OPTS:-} -jar "$JAR" build --no-generate --config "$WORK/portal/site.yml")
echo "bench: diffpress rebuild with nothing changed ${same_s} s (cpu $(cat "$WORK/unchanged.cpu") s), peak RSS $((same_kb / 1024)) MB ($(grep -o '[0-9]* written, [0-9]* unchanged' "$WORK/unchanged.log"))"

# One more report (a copy of the oldest, dated DAY), then an incremental rebuild.
add_report() {
python3 - "$WORK/portal/content/openai" "$1" <<'PY'
import sys, os, shutil
d, day = sys.argv[1], sys.argv[2]
src = sorted(os.listdir(d))[0]
text = open(os.path.join(d, src), encoding="utf-8").read().replace(src[:-3], day, 1)
open(os.path.join(d, day + ".md"), "w", encoding="utf-8").write(text.replace("date: '" , "date: '" + day + "' #", 1))
import time
print(f"{time.time():.3f}") # when the file was written: the rebuild's clock starts here
PY
}
# After adding one report: a build, then three more while serve runs (a warm process that keeps the reports read,
# as Hugo's server does); for each pagination (site.yml `pagination`), adding reports dated in its own month of 2099.
rebuilds() { # pagination, month of the added reports
  local pagination="$1" month="$2"
  sed -i '/^pagination:/d' "$WORK/portal/site.yml"; echo "pagination: $pagination" >> "$WORK/portal/site.yml"
  java ${JAVA_OPTS:-} -jar "$JAR" build --quiet --no-generate --config "$WORK/portal/site.yml" # the switch itself, not measured
  add_report "2099-$month-01" > /dev/null
  read -r inc_s inc_kb < <(measure "incremental-$pagination" java ${JAVA_OPTS:-} -jar "$JAR" build --no-generate --config "$WORK/portal/site.yml")
  echo "bench: [$pagination] diffpress rebuild after adding one report ${inc_s} s (cpu $(cat "$WORK/incremental-$pagination.cpu") s), peak RSS $((inc_kb / 1024)) MB ($(grep -o '[0-9]* written, [0-9]* unchanged' "$WORK/incremental-$pagination.log"))"
  java ${JAVA_OPTS:-} ${SERVE_OPTS:-} -jar "$JAR" serve --no-generate --port 0 --config "$WORK/portal/site.yml" > "$WORK/serve.log" 2>&1 &
  SERVE=$!
  wait_builds 1
  # serve rehearses a rebuild while nothing changes (as a person starting it would not write a report in that second)
  for _ in $(seq 1200); do grep -q '^ready:' "$WORK/serve.log" && break; sleep 0.05; done
  echo "bench: [$pagination] serve $(grep '^ready:' "$WORK/serve.log" || echo 'not ready after 60 s')"
  for day in 02 03 04; do
    n=$(( $(builds) + 1 ))
    start=$(add_report "2099-$month-$day")
    wait_builds "$n"
    end=$(date +%s.%N)
    echo "bench: [$pagination] serve rebuild after adding one report: build $(grep '^build:' "$WORK/serve.log" | tail -1 | grep -o 'in [0-9]* ms'), $(grep '^build:' "$WORK/serve.log" | tail -1 | grep -o '[0-9]* written'), $(python3 -c "print(f'{$end - $start:.2f}')") s from the file written to the new site (serve hears of it from the file system)"
  done
  kill "$SERVE"; wait "$SERVE" 2>/dev/null || true
}
builds() { grep -c '^build:' "$WORK/serve.log" || true; }
wait_builds() { # until the log shows $1 builds
  for _ in $(seq 1200); do [[ $(builds) -ge $1 ]] && return 0; sleep 0.05; done
  echo "bench: serve did not build"; cat "$WORK/serve.log"; kill "$SERVE"; exit 1
}
if [[ "${REBUILDS:-1}" != 0 ]]; then
  rebuilds newest-first 01
  rebuilds stable 02
fi

