"""Languages: which language a report is in (:mod:`.detect`) and how names in other
scripts meet their Latin spellings (:mod:`.translit`). The set of languages and how
each is analysed is data (``data/lang/languages.json``)."""
