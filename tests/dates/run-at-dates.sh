#!/usr/bin/env bash
# Runs the tests that read the clock at chosen dates and time zones, with libfaketime moving the
# whole process (and the openssl children it starts) to that moment. Catches assertions that only
# hold on some days: a one-digit day of the month, 29 February, the last day of a year, a date 90
# days before the 1st of a month, a zone with a 45-minute offset.
#   run-at-dates.sh LIBFAKETIME TEST_EXECUTABLE...
set -uo pipefail
lib=$1; shift
if [ ! -r "$lib" ]; then
  echo "libfaketime not found at '$lib' (Debian package faketime; scripts/install-deps.sh test installs it)" >&2
  exit 1
fi
# A run that cannot see the fake date proves nothing.
year=$(TZ=UTC LD_PRELOAD=$lib FAKETIME="@2028-02-29 23:50:00" date -u +%F)
if [ "$year" != "2028-02-29" ]; then
  echo "libfaketime did not move the clock (date printed $year)" >&2
  exit 1
fi
moments=(
  "2027-01-01 00:30:00|UTC"
  "2027-03-09 12:00:00|Asia/Tokyo"
  "2028-02-29 23:50:00|UTC"
  "2027-12-31 23:30:00|America/Los_Angeles"
  "2027-06-05 08:00:00|Pacific/Chatham"
)
failed=0
for moment in "${moments[@]}"; do
  when=${moment%|*}; zone=${moment#*|}
  for exe in "$@"; do
    out=$(TZ=$zone LD_PRELOAD=$lib FAKETIME="@$when" FAKETIME_DONT_FAKE_MONOTONIC=1 "$exe" 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then
      echo "PASS   $(basename "$exe") at $when $zone"
    else
      echo "FAIL   $(basename "$exe") at $when $zone (exit $rc)"
      printf '%s\n' "$out" | grep -E 'FAIL!|Loc:|Actual|Expected|Totals' | head -20
      failed=$((failed + 1))
    fi
  done
done
echo "date runs: $failed failed"
[ $failed -eq 0 ]
