"""The county's default threshold, alone so the settings can name it without loading the payload schema.

``healthcentre.config_keys`` is read at every start of the window; importing it from
``healthcentre.contract.payload`` pulled pydantic and the submission models in before
the first paint (about 0.5 s of a cold start on a loaded laptop).
"""

DEFAULT_THRESHOLD = 5  # k: counts of people from 1 to k-1 are withheld, unless the county sets another
