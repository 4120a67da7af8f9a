"""The audit-sheet script: what a sheet shows an auditor for a sampled row."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "audit_sample.py"
_SPEC = importlib.util.spec_from_file_location("audit_sample", _PATH)
audit_sample = importlib.util.module_from_spec(_SPEC)
sys.modules["audit_sample"] = audit_sample  # dataclasses look their module up by name
_SPEC.loader.exec_module(audit_sample)

TEXT = "Jane Example said 40 drones hit Sampleville on Monday, The Sampleville Courier reported."
SHEETS = {sheet.name: sheet for sheet in audit_sample.SHEETS}


def _texts(article_id: str) -> str:
    return {"sampleville": TEXT}[article_id]


def test_context_is_cut_at_the_ends_of_the_text():
    context = audit_sample.context_of(TEXT, 18, 20, width=5)
    assert context == audit_sample.Context("said ", "40", " dron")
    assert audit_sample.context_of(TEXT, 0, 4, width=5).before == ""


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside a text of 88 characters"):
        audit_sample.context_of(TEXT, 80, 95)


def test_the_via_sheet_draws_only_rows_that_name_an_outlet():
    attributions = pd.DataFrame({"article_id": ["sampleville"] * 4, "via": ["", None, "The Sampleville Courier", " "]})
    drawn = audit_sample.draw(attributions, SHEETS["via"], 100, seed=11)
    assert drawn["via"].tolist() == ["The Sampleville Courier"]


def test_the_same_seed_draws_the_same_rows():
    claims = pd.DataFrame({"article_id": ["sampleville"] * 50, "start": range(50)})
    first = audit_sample.draw(claims, SHEETS["claims"], 40, seed=11)
    assert first.index.tolist() == audit_sample.draw(claims, SHEETS["claims"], 40, seed=11).index.tolist()
    assert len(first) == 40


def test_a_claim_row_shows_its_surface_context_and_empty_verdicts():
    claims = pd.DataFrame({"claim_id": ["c1"], "article_id": ["sampleville"], "start": [18], "end": [20],
                           "surface": ["40"], "kind": ["attacks"]})
    sheet = audit_sample.sheet_rows(claims, SHEETS["claims"], _texts, width=5)
    row = sheet.iloc[0]
    assert (row["text"], row["context"], row["offset_problem"]) == ("40", "said ⟦40⟧ dron", "")
    assert row["fully_right"] == "" and row["note"] == ""


def test_a_surface_that_differs_from_the_text_at_its_offsets_is_flagged():
    claims = pd.DataFrame({"claim_id": ["c1"], "article_id": ["sampleville"], "start": [18], "end": [20],
                           "surface": ["41"]})
    sheet = audit_sample.sheet_rows(claims, SHEETS["claims"], _texts)
    assert sheet.iloc[0]["offset_problem"] == "surface differs from text[start:end]"


def test_an_attribution_row_shows_speaker_cue_and_content_with_context_around_all_three():
    attributions = pd.DataFrame({
        "attribution_id": ["a1"], "article_id": ["sampleville"], "speaker": ["Jane Example"],
        "speaker_text": ["Jane Example"], "cue": ["said"], "via": [""],
        "speaker_start": [0], "speaker_end": [12], "cue_start": [13], "cue_end": [17],
        "content_start": [18], "content_end": [53],
    }).astype({"speaker_start": "Int64", "speaker_end": "Int64"})
    row = audit_sample.sheet_rows(attributions, SHEETS["attributions"], _texts, width=3).iloc[0]
    assert (row["text_speaker"], row["text_cue"], row["text_content"]) == (
        "Jane Example", "said", "40 drones hit Sampleville on Monday")
    assert row["context"] == "⟦Jane Example said 40 drones hit Sampleville on Monday⟧, T"


def test_a_missing_offset_leaves_that_span_out():
    attributions = pd.DataFrame({
        "attribution_id": ["a1"], "article_id": ["sampleville"], "speaker": [""], "speaker_text": [""],
        "cue": [""], "speaker_start": [pd.NA], "speaker_end": [pd.NA], "cue_start": [pd.NA], "cue_end": [pd.NA],
        "content_start": [18], "content_end": [20],
    })
    row = audit_sample.sheet_rows(attributions, SHEETS["speakers"], _texts, width=0).iloc[0]
    assert "text_speaker" not in row.index and row["context"] == "⟦40⟧"
