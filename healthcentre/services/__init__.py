"""Services: plain Python functions over the register, the only way anything writes.

Each public function takes the open ``Database`` first and keyword arguments
after, runs as one transaction, validates its input with messages the user
can read (``healthcentre.errors``), and records what it did in the audit log.
"""
