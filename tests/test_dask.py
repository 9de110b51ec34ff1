"""Flat quote records, pandas, and Dask on a real ``dask.distributed`` LocalCluster with 2 worker processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import SEED
from newsclaims import parse_article, quote_records, to_records
from newsclaims.records import RECORD_FIELDS

TEXTS = [
    SEED.read_text(encoding="utf-8"),
    "Oil prices rose on Monday, traders said.",
    "No one is quoted in this sentence.",
    '"We will win," said Sen. Ann Lee. "And we will govern."',
    "The plan will fail, two officials said, speaking on condition of anonymity because they were not "
    "authorized to discuss it.",
]


def _serial_records() -> list[dict[str, object]]:
    return list(quote_records([parse_article(t) for t in TEXTS], ids=[f"doc{i}" for i in range(len(TEXTS))]))


def test_records_are_flat_and_index_the_text() -> None:
    """Every record holds plain values, and its offsets point at its quote, cue and speaker in the text."""
    rows = _serial_records()
    assert {r["article_id"] for r in rows} == {"doc0", "doc1", "doc3", "doc4"}  # doc2 has no quote
    for row in rows:
        assert list(row) == list(RECORD_FIELDS)
        text = TEXTS[int(str(row["article_id"])[3:])]
        assert text[row["start"] : row["end"]] == row["quote"]
        if row["cue"] is not None:
            assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
        if row["speaker_mention"] is not None:
            assert text[row["speaker_start"] : row["speaker_end"]] == row["speaker_mention"]
    anonymous = [r for r in rows if r["article_id"] == "doc4"]
    assert anonymous and anonymous[0]["anonymous"] is True and anonymous[0]["speaker"] == "two officials"


def test_to_records_dataframe() -> None:
    """to_records gives one DataFrame row per quote, with the record columns."""
    pytest.importorskip("pandas")
    frame = to_records([parse_article(t) for t in TEXTS])
    assert list(frame.columns) == list(RECORD_FIELDS)
    assert len(frame) == len(_serial_records())
    assert frame.loc[frame["article_id"] == 1, "speaker"].tolist() == ["traders"]


def test_quote_records_rejects_non_articles() -> None:
    with pytest.raises(TypeError, match="Article"):
        list(quote_records(["not an article"]))  # type: ignore[list-item]


@pytest.fixture(scope="module")
def cluster_client() -> Iterator[object]:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_bag_on_local_cluster(cluster_client: object) -> None:
    """A bag of texts becomes quote records on 2 worker processes, equal to the serial run."""
    import dask.bag as db

    from newsclaims.dask import parse_bag, quote_records_bag

    bag = db.from_sequence(TEXTS, npartitions=3)
    ids = [f"doc{i}" for i in range(len(TEXTS))]
    assert quote_records_bag(bag, ids=ids).compute() == _serial_records()
    positions = quote_records_bag(bag).compute()
    assert [r["article_id"] for r in positions] == [int(str(r["article_id"])[3:]) for r in _serial_records()]
    articles = parse_bag(bag).compute()
    assert [a.quotes for a in articles] == [parse_article(t).quotes for t in TEXTS]


def test_dask_dataframe_on_local_cluster(cluster_client: object) -> None:
    """A Dask dataframe with a text column gives a dataframe of quote records, equal to the serial run."""
    pandas = pytest.importorskip("pandas")
    import dask.dataframe as dd

    from newsclaims.dask import quote_records_frame

    frame = dd.from_pandas(
        pandas.DataFrame({"doc": [f"doc{i}" for i in range(len(TEXTS))], "body": TEXTS}), npartitions=2
    )
    result = quote_records_frame(frame, text_column="body", id_column="doc").compute()
    assert result.to_dict("records") == _serial_records()
