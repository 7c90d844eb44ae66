"""Learning from review: reviewed mail as a labelled corpus, officers' corrections as rule proposals.

`records` shapes values as the corpus SCHEMA, `rerun` re-reads stored bytes with any rules (no database writes),
`scoring` calls the shared scorer, `reviewed` puts them together for `nomproc eval --reviewed`, `corrections` reads
what officers changed, `proposals` turns it into measured rule changes, `corpus_export` writes a labelled corpus.
"""
