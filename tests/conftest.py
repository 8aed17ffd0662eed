from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed, so a submission's CI run is reproducible (a
# run on a developer's machine explores new examples each time, and keeps what fails in
# .hypothesis/ to replay it).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def petrov_path() -> Path:
    return CORPUS / "document-petrov-zhang-1947.txt"
