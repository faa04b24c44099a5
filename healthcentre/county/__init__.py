"""County follow-up: the anonymised counts, the payload that carries them, sync and the receiver."""
