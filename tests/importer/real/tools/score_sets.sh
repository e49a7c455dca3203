#!/bin/bash
# One TOTAL row of score_import.py per labelled set, fast: the parser's JSON written in one process (predict_sets.py,
# two at once) and scored with --pred-dir. usage: tests/importer/real/tools/score_sets.sh CHECKOUT OUTFILE [SET ...]
# (default: every labelled set but the names listed in the file $HELDOUT, when given; ALL=1 ignores $HELDOUT).
# The scorer is /work/shared/tools/score_import.py (SCORER to change it).
C=$(cd "$1" && pwd); OUT=$2; shift 2
cd $C
if [ $# -gt 0 ]; then SETS="$@"; else
SETS="seeds heldout samples $(cd tests/importer && ls -d blindwritten*/ | tr -d /) $(cd tests/importer/real && ls -d blind* snippets* tune tune_sentences)"
  [ -z "$ALL" ] && [ -n "$HELDOUT" ] && SETS=$(for s in $SETS; do grep -qw $s $HELDOUT || echo $s; done); fi
dirs=(); for s in $SETS; do
  if [ $s = seeds ]; then dirs+=(/work/shared/corpus/seeds); elif [ -d tests/importer/$s ]; then dirs+=(tests/importer/$s); else dirs+=(tests/importer/real/$s); fi; done
P=$(mktemp -d)
half=$(( (${#dirs[@]}+1)/2 ))
.venv/bin/python $C/tests/importer/real/tools/predict_sets.py $C $P "${dirs[@]:0:$half}" 2>$P.err1 &
.venv/bin/python $C/tests/importer/real/tools/predict_sets.py $C $P "${dirs[@]:$half}" 2>$P.err2 &
wait
cat $P.err1 $P.err2 | grep -E "CRASH|REFUSED" | head
: > $OUT
for d in "${dirs[@]}"; do n=$(basename $d); 
  printf "%-16s " $n >> $OUT
  python3 ${SCORER:-/work/shared/tools/score_import.py} --pred-dir $P/$n $d | grep TOTAL | cut -c46- >> $OUT
done
echo "# columns: set F1 title_exact seq category status measure_count deadline units doc_fields dates headline" >> $OUT
rm -rf $P $P.err1 $P.err2
cat $OUT
