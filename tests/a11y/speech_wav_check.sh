#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk's spoken sentences, as a speech engine renders them: each line of SENTENCES
# ("voice<TAB>text", as tst_speechmode writes them) is rendered by espeak-ng (the engine behind
# speech-dispatcher on Debian) to a WAV file and checked with sox to be speech, not silence:
# at least 0.3 s long with an RMS amplitude of at least 0.01. Fails on the first silent one.
#   speech_wav_check.sh SENTENCES OUTDIR
set -eu
sentences="$1"
out="$2"
mkdir -p "$out"
n=0
status=0
while IFS="$(printf '\t')" read -r voice text; do
    [ -n "$voice" ] || continue
    n=$((n + 1))
    wav="$out/$n-$voice.wav"
    espeak-ng -v "$voice" -w "$wav" -- "$text"
    stat="$(sox "$wav" -n stat 2>&1)"
    length="$(printf '%s\n' "$stat" | awk -F: '/^Length/ {gsub(/ /, "", $2); print $2}')"
    rms="$(printf '%s\n' "$stat" | awk -F: '/^RMS +amplitude/ {gsub(/ /, "", $2); print $2}')"
    if awk -v l="$length" -v r="$rms" 'BEGIN { exit !(l >= 0.3 && r >= 0.01) }'; then
        printf 'speech %-4s %5.2fs rms %.3f  %s\n' "$voice" "$length" "$rms" "$text"
    else
        printf 'SILENT %-4s %ss rms %s  %s\n' "$voice" "$length" "$rms" "$text"
        status=1
    fi
done <"$sentences"
[ "$n" -gt 0 ] || { echo "no sentences in $sentences"; exit 1; }
echo "$n sentences rendered"
exit $status
