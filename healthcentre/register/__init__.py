"""The site register shared by a site's laptops: a change log with hybrid-logical-clock stamps.

Every change made through the services to a replicated row is recorded per field in the
change log (``capture``), in one place, as the session flushes. Change sets of the log
travel between laptops (``change_set``, ``port``) and are merged field by field, last
writer wins by (clock stamp, origin) (``merge``); an erased participant's tombstone wins
over everything (``erasure``). ``content`` hashes the replicated rows by their global ids
so two converged laptops can see that they hold the same register.
"""
