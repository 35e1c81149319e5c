import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "cases"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture
def cases_copy(tmp_path) -> Path:
    """A private copy of the bundled cases that a test may break."""
    dst = tmp_path / "cases"
    shutil.copytree(BUNDLED, dst)
    return dst


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    d = tmp_path / "data"
    monkeypatch.setenv("KB_DATA_DIR", str(d))
    return d


@pytest.fixture(scope="session")
def bundled_kb(tmp_path_factory):
    """The bundled cases, indexed once for the read-only tests."""
    from kb_app.core.service import KnowledgeBase

    kb = KnowledgeBase(BUNDLED, tmp_path_factory.mktemp("kbdata"))
    kb.load()
    yield kb
    kb.close()
