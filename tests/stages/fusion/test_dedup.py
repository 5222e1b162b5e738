"""Near-duplicates: MinHash signatures, loaded only when an article is hashed."""

from __future__ import annotations

import subprocess
import sys

from diplograph.stages.fusion import NearDuplicates, from_bytes, signature, to_bytes


def test_dedup_opening_a_store_does_not_load_datasketch_or_scipy():
    """The analysis commands open a store and never hash an article: they should not pay
    datasketch's import of scipy at start-up."""
    code = (
        "import sys, diplograph.store.sqlite, diplograph.analysis;"
        " print([m for m in ('datasketch', 'scipy') if m in sys.modules])"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"


def test_dedup_finds_a_reprint_through_stored_bytes():
    text = "The foreign ministers of France and Germany met in Paris on Monday to talk trade."
    index = NearDuplicates()
    index.add(1, from_bytes(to_bytes(signature(text))))
    assert index.original_of(signature(text + " They agreed."))[0] == 1
    other = "Floods hit the north of Italy after a week of heavy rain."
    assert index.original_of(signature(other)) is None
