#!/usr/bin/env bash
# Prints mtlint's package graph, read from the compiled classes by jdeps: a Mermaid diagram without the edges a
# longer path already implies, then every package's direct dependencies by layer (a package uses only packages
# in lower layers). Exits 1 when the graph has a cycle. Output is Markdown, for docs/architecture.md.
#
#   docs/package-graph.sh            # compiles first if target/classes is missing
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -d target/classes/io/mtlint ]; then
  mvn -q -B compile >&2
fi
edges=$(jdeps -verbose:package target/classes 2>/dev/null \
  | awk '$1 ~ /^io\.mtlint/ && $2 == "->" && $3 ~ /^io\.mtlint/ && $1 != $3 {print $1, $3}' \
  | sed -E 's/(^| )io\.mtlint\./\1/g' | sort -u)
packages=$(find target/classes/io/mtlint -name '*.class' -printf '%h\n' | sort -u \
  | sed -E 's|^target/classes/||; s|/|.|g; s/^io\.mtlint\.//')

if ! printf '%s\n' "$edges" | tsort >/dev/null 2>&1; then
  echo "The package graph has a cycle:" >&2
  printf '%s\n' "$edges" | tsort 2>&1 >/dev/null | sed 's/^tsort: //' >&2
  exit 1
fi

{ printf 'P %s\n' $packages; printf '%s\n' "$edges" | sed 's/^/E /'; } | awk '
  $1 == "P" { n++; name[n] = $2; id[$2] = n; next }
  $1 == "E" && NF == 3 { edge[id[$2], id[$3]] = 1; reach[id[$2], id[$3]] = 1; edges++ }
  function node(p) { return p == "io.mtlint" ? "root" : p }
  function label(p, q) { q = node(p); gsub(/\./, "_", q); return q "[" p "]" }
  END {
    for (k = 1; k <= n; k++) for (i = 1; i <= n; i++) if (reach[i, k]) for (j = 1; j <= n; j++)
      if (reach[k, j]) reach[i, j] = 1
    # Layer: one above the highest package it uses.
    for (changed = 1; changed; ) {
      changed = 0
      for (i = 1; i <= n; i++) for (j = 1; j <= n; j++)
        if (edge[i, j] && layer[i] < layer[j] + 1) { layer[i] = layer[j] + 1; changed = 1 }
    }
    top = 0
    for (i = 1; i <= n; i++) if (layer[i] > top) top = layer[i]
    print "```mermaid"
    print "graph TD"
    for (i = 1; i <= n; i++) for (j = 1; j <= n; j++) {
      if (!edge[i, j]) continue
      implied = 0
      for (k = 1; k <= n && !implied; k++) if (k != i && k != j && edge[i, k] && reach[k, j]) implied = 1
      if (!implied) printf "  %s --> %s\n", label(name[i]), label(name[j])
    }
    print "```"
    print ""
    printf "%d packages, %d direct dependencies between them, no cycles. By layer, top first; each package with\n", n, edges
    print "the packages it uses directly:"
    print ""
    for (l = top; l >= 0; l--) {
      printf "- layer %d\n", l
      for (i = 1; i <= n; i++) if (layer[i] + 0 == l) {
        uses = ""
        for (j = 1; j <= n; j++) if (edge[i, j]) uses = uses (uses == "" ? "" : ", ") name[j]
        printf "  - `%s`%s\n", name[i], uses == "" ? "" : " → " uses
      }
    }
  }'
