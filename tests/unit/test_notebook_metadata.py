"""Stored notebooks open unmodified in JupyterLab; month names never come from the OS locale.

JupyterLab copies ``kernelspec`` and ``language_info`` from the kernel into a notebook when
it opens and marks the notebook modified if they differ from the stored values (see
``tools/notebook_metadata.py``). The stored notebooks therefore carry exactly what the kit's
kernel writes, serialised as the Jupyter server saves them.
"""

import datetime as dt
import json
import platform
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

from kimkit.formatting import BULAN, BULAN_SINGKAT, bulan_id, nama_bulan
from tools.notebook_metadata import REFERENCE_PYTHON, normalised, notebook_metadata

ROOT = Path(__file__).resolve().parents[2]
STORED = sorted(p for folder in ("course", "solutions", "exercises")
                for p in (ROOT / folder).rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def test_there_are_notebooks():
    assert any(p.parts[-2] == "course" for p in STORED)


@pytest.mark.parametrize("path", STORED, ids=lambda p: str(p.relative_to(ROOT)))
def test_stored_metadata_is_what_the_kernel_writes(path):
    metadata = json.loads(path.read_text(encoding="utf-8"))["metadata"]
    expected = notebook_metadata()
    assert metadata.get("kernelspec") == expected["kernelspec"], \
        f"run: python tools/notebook_metadata.py {path.parent.relative_to(ROOT)}"
    assert metadata.get("language_info") == expected["language_info"], \
        f"run: python tools/notebook_metadata.py {path.parent.relative_to(ROOT)}"


@pytest.mark.parametrize("path", STORED, ids=lambda p: str(p.relative_to(ROOT)))
def test_stored_as_jupyter_saves_it(path):
    """A save in JupyterLab of an untouched notebook must leave the file byte for byte."""
    text = path.read_text(encoding="utf-8")
    assert normalised(text) == text, f"run: python tools/notebook_metadata.py {path.parent.relative_to(ROOT)}"


def test_metadata_mirrors_ipykernel_for_the_running_python():
    from ipykernel.ipkernel import IPythonKernel

    assert notebook_metadata(platform.python_version())["language_info"] == IPythonKernel.language_info


def test_kernelspec_is_the_native_python3_kernel():
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager().get_kernel_spec("python3")
    assert notebook_metadata()["kernelspec"] == {"name": "python3", "display_name": spec.display_name,
                                                 "language": spec.language}


def test_reference_python_is_a_supported_full_version():
    parts = tuple(int(p) for p in REFERENCE_PYTHON.split("."))
    assert len(parts) == 3 and parts >= (3, 11, 0)


def test_metadata_is_a_fresh_copy():
    first = notebook_metadata()
    first["language_info"]["version"] = "0"
    assert notebook_metadata()["language_info"]["version"] == REFERENCE_PYTHON


def test_nbcells_notebooks_carry_the_same_metadata():
    from tools.nbcells import md, notebook

    nb = notebook([md("# Judul")])
    assert nb.metadata == notebook_metadata()
    text = nbformat.writes(nb) + "\n"
    assert normalised(text) == text


def test_normalising_keeps_cells_and_other_metadata():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Judul")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["catatan"] = {"x": 1}
    out = nbformat.reads(normalised(nbformat.writes(nb)), as_version=4)
    assert {k: out.metadata[k] for k in ("kernelspec", "language_info")} == notebook_metadata()
    assert out.metadata["catatan"] == {"x": 1}
    assert [c.source for c in out.cells] == ["# Judul"]


# --- month names -----------------------------------------------------------------------------

def test_month_lists():
    assert BULAN == ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                     "September", "Oktober", "November", "Desember")
    assert BULAN_SINGKAT == ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt",
                             "Nov", "Des")
    assert [nama_bulan(n) for n in range(1, 13)] == list(BULAN)


@pytest.mark.parametrize("value", [5, np.int64(5), 5.0, dt.date(2025, 5, 17), dt.datetime(2025, 5, 17, 8),
                                   pd.Timestamp("2025-05-17 08:00"), pd.Period("2025-05", "M"),
                                   np.datetime64("2025-05-17")])
def test_one_value(value):
    assert bulan_id(value) == "Mei"
    assert bulan_id(value, singkat=True) == "Mei"


def test_with_year_and_short_form():
    assert bulan_id(pd.Period("2025-08", "M"), tahun=True) == "Agustus 2025"
    assert bulan_id(pd.Timestamp("2024-12-01"), tahun=True, singkat=True) == "Des 2024"
    assert bulan_id(8, singkat=True) == "Agu"


def test_period_index_keeps_order_and_name():
    index = pd.period_range("2025-01", "2025-06", freq="M").rename("bulan")
    names = bulan_id(index)
    assert isinstance(names, pd.Index) and names.name == "bulan"
    assert list(names) == ["Januari", "Februari", "Maret", "April", "Mei", "Juni"]


def test_series_keeps_index_and_missing_values():
    series = pd.Series(pd.to_datetime(["2025-01-03", None, "2025-12-31"]), index=[10, 11, 12], name="t")
    names = bulan_id(series, tahun=True)
    assert list(names.index) == [10, 11, 12] and names.name == "t"
    assert list(names) == ["Januari 2025", None, "Desember 2025"]


def test_list_and_month_numbers():
    assert bulan_id([1, 2, 12]) == ["Januari", "Februari", "Desember"]
    assert bulan_id(pd.Series([3, 4]).to_numpy()) == ["Maret", "April"]


def test_grouped_trend_reads_in_indonesian():
    posts = pd.DataFrame({"waktu": pd.to_datetime(["2025-05-02", "2025-01-09", "2025-05-20", "2025-03-01"]),
                          "er": [1.0, 2.0, 3.0, 4.0]})
    trend = posts.groupby(posts["waktu"].dt.to_period("M"))["er"].mean()
    trend.index = bulan_id(trend.index)
    assert trend.to_dict() == {"Januari": 2.0, "Maret": 4.0, "Mei": 2.0}
    assert list(trend.index) == ["Januari", "Maret", "Mei"]  # calendar order, not alphabetical


@pytest.mark.parametrize("value", [0, 13, -1, 5.5])
def test_out_of_range_is_explained_in_indonesian(value):
    with pytest.raises(ValueError, match="Nomor bulan harus bilangan bulat 1 sampai 12"):
        bulan_id(value)


@pytest.mark.parametrize("value", ["Mei", "2025-05", True, object()])
def test_wrong_type_is_explained_in_indonesian(value):
    with pytest.raises(TypeError, match="bulan_id\\(\\) memerlukan nomor bulan"):
        bulan_id(value)


def test_a_month_number_has_no_year():
    with pytest.raises(ValueError, match="tidak memuat tahun"):
        bulan_id(5, tahun=True)


def test_no_english_month_names_whatever_the_locale(monkeypatch):
    # strftime follows the OS locale; bulan_id must not depend on it
    monkeypatch.setattr(pd.Timestamp, "strftime", lambda *a, **k: "May")
    assert bulan_id(pd.Timestamp("2025-05-01")) == "Mei"
    english = {"January", "February", "March", "May", "June", "July", "August", "October", "December"}
    assert not english & set(BULAN) and "Aug" not in BULAN_SINGKAT
