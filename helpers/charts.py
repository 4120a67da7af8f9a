"""Charts: matplotlib figures of the corpus tables.  Figures only: nothing here parses text.

Every chart is meant to be read by a person: a title that says what is shown, labelled axes
with units, thousands separators, dates as dates.  Each function takes tidy DataFrames and
returns the ``Figure`` so a notebook can show it and a script can save it.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

# Figures are built with the object-oriented API (``Figure()``, never ``pyplot``): a notebook
# shows the returned figure exactly once, and no global figure state leaks between charts.

# --- corpus (01_corpus) -----------------------------------------------------------------

# --- claims (02_claims) -----------------------------------------------------------------

# --- sources (03_sources) ---------------------------------------------------------------

# --- timeline (04_timeline) -------------------------------------------------------------

# --- places (05_places) -----------------------------------------------------------------
