#!/bin/sh
# Rehace adjuntos/saludo.wav: saludo hablado del equipo formador (voz sintética).
# Necesita espeak-ng y sox (apt-get install -y espeak-ng sox).
# Uso:  sh resources/demo_course/_build/make_audio.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../adjuntos/saludo.wav"
tmp=$(mktemp --suffix=.wav)
trap 'rm -f "$tmp"' EXIT
espeak-ng -v es-419 -s 155 -p 45 -w "$tmp" \
  "Estimada participante, estimado participante: el equipo formador le da la bienvenida \
a la especialización en Innovación Educativa y Comunidades de Aprendizaje. \
Aprenderemos dialogando, desde su escuela y su comunidad. Bienvenida, bienvenido."
# 8 kHz, mono, 16 bits: suficiente para la voz y liviano para sincronizar.
sox "$tmp" -r 8000 -c 1 -b 16 "$out" norm -1 silence 1 0.05 0.5% reverse silence 1 0.05 0.5% reverse
ls -l "$out"
