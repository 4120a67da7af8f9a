"""Ukrainian attribution rules: ``statements`` (who says what, read around each cue; the
rules and their sources are in ``statements``' docstring) and ``names`` (the nominative of
a name, the kind of a speaker, roles and organisations).  ``helpers.extract.attribution``
runs ``statements`` for an article whose language is ``uk``."""

from helpers.extract.attribution.uk.statements import statements

__all__ = ["statements"]
