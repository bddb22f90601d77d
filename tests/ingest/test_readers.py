import gzip
import json
from datetime import date
from pathlib import Path

import pytest

from tacitus.config import IngestSettings
from tacitus.ingest import article_id, read_inputs, read_text_article
from tacitus.models import Article, Rejected

HEADER_ARTICLE = """ date 2021-10-26 By Azernews

By Staff Reporter

Azerbaijani Defence Minister Zakir Hasanov met a delegation.

The two sides discussed cooperation."""


def read(*paths: Path | str, **kw: object) -> list[Article | Rejected]:
    return list(read_inputs([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def test_header_line_gives_date_and_source_and_drops_byline() -> None:
    a = read_text_article(HEADER_ARTICLE, "x.txt")
    assert a.published == date(2021, 10, 26)
    assert a.source == "Azernews"
    assert a.text.startswith("Azerbaijani Defence Minister")
    assert "Staff Reporter" not in a.text


def test_yaml_front_matter() -> None:
    raw = (
        "---\ntitle: Talks\ndate: 2022-05-01\nsource: Wire\nurl: http://x/1\nid: a1\n---\n"
        "Turkey met Iran."
    )
    a = read_text_article(raw, "x.md")
    assert (a.id, a.title, a.source, a.url, a.published) == (
        "a1",
        "Talks",
        "Wire",
        "http://x/1",
        date(2022, 5, 1),
    )
    assert a.text == "Turkey met Iran."


def test_date_flag_overrides_and_id_is_content_hash() -> None:
    a = read_text_article("Turkey met Iran.", "x.txt", published=date(2020, 1, 2))
    b = read_text_article("Turkey  met\nIran.", "y.txt")
    assert a.published == date(2020, 1, 2)
    assert a.id == b.id == article_id("Turkey met Iran.")


def test_json_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"id": "j1", "body": "Iran met Iraq.", "published": "2020-02-03T10:00:00Z"})
    )
    (tmp_path / "many.jsonl").write_text(
        json.dumps({"id": "l1", "text": "A met B.", "date": "20200101"})
        + "\n{broken\n"
        + json.dumps({"id": "l3", "title": "no text"})
        + "\n"
    )
    out = read(tmp_path)
    arts = [x for x in out if isinstance(x, Article)]
    rej = [x for x in out if isinstance(x, Rejected)]
    assert {a.id for a in arts} == {"j1", "l1"}
    assert next(a for a in arts if a.id == "j1").published == date(2020, 2, 3)
    assert next(a for a in arts if a.id == "l1").published == date(2020, 1, 1)
    assert sorted(r.item.rsplit(":", 1)[1] for r in rej) == ["2", "3"]
    assert all(r.stage == "ingest" for r in rej)


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Protest in Aktobe</title>"
        '<meta property="article:published_time" content="2022-11-14T09:30:00+06:00"></head>'
        "<body><nav><a href='/'>Home</a> | Sport</nav><article><h1>Protest in Aktobe</h1>"
        "<p>Kazakh police detained at least forty protesters in the western city of Aktobe on "
        "Sunday as demonstrations spread, the regional interior department said.</p>"
        "<p>Hundreds of people rallied outside the regional governor's office on Saturday.</p>"
        "</article><footer>Subscribe to our newsletter</footer></body></html>"
    )
    (a,) = read(page)
    assert isinstance(a, Article)
    assert a.title == "Protest in Aktobe"
    assert a.published == date(2022, 11, 14)
    assert "Kazakh police detained" in a.text
    assert "Subscribe" not in a.text and "Home" not in a.text


def test_gzip_and_glob(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Turkey met Iran."))
    (tmp_path / "b.txt").write_text("Iran met Iraq.")
    out = read(str(tmp_path / "*.gz"))
    assert [a.text for a in out if isinstance(a, Article)] == ["Turkey met Iran."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"caf\xe9 au lait \x81\x8d", "UTF-8"),  # not cp1252 either
        (b"not.gz", "gzip"),
    ],
)
def test_bad_files_are_rejected_with_reason_and_others_still_read(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    bad = tmp_path / ("bad.txt.gz" if reason == "gzip" else "bad.txt")
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text("Turkey met Iran.")
    out = read(bad, good)
    assert isinstance(out[0], Rejected) and reason in out[0].reason
    assert out[0].item == str(bad)
    assert isinstance(out[1], Article)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes("Turkey met Iran.".encode("utf-16"))
    (a,) = read(f)
    assert isinstance(a, Article) and a.text == "Turkey met Iran."


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    out = read(tmp_path / "nope.txt", str(tmp_path / "*.none"))
    assert [type(x) for x in out] == [Rejected, Rejected]


def test_oversize_file_is_rejected(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("x" * 2000)
    (r,) = read_inputs([str(f)], IngestSettings(max_bytes=1000))
    assert isinstance(r, Rejected) and "limit" in r.reason


def test_broken_json_file(tmp_path: Path) -> None:
    f = tmp_path / "x.json"
    f.write_text('{"text": "unterminated')
    (r,) = read(f)
    assert isinstance(r, Rejected) and "invalid JSON" in r.reason


def test_rss_feed(tmp_path: Path) -> None:
    f = tmp_path / "feed.xml"
    f.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Talks</title><link>http://x/1</link><guid>g1</guid>"
        "<pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate>"
        "<description>Turkey and Iran held talks in Ankara.</description></item>"
        "<item><title></title><description></description></item>"
        "</channel></rss>"
    )
    out = read(f)
    arts = [x for x in out if isinstance(x, Article)]
    assert arts[0].id == "g1" and arts[0].published == date(2021, 9, 6)
    assert "held talks" in arts[0].text
    assert any(isinstance(x, Rejected) for x in out)


def test_decode_falls_back_to_cp1252_and_says_how_to_convert_otherwise() -> None:
    from tacitus.errors import IngestError
    from tacitus.ingest.readers import decode

    text = "Georgia\u2019s caf\u00e9 \u2013 closed"
    assert decode(text.encode("cp1252"), "x") == text
    assert decode(text.encode("utf-16"), "x") == text
    with pytest.raises(IngestError, match="iconv"):
        decode(text.encode("cp1252"), "x", fallback="")
    with pytest.raises(IngestError, match="iconv"):
        decode(b"\x81\x8d\x8f\x90 not cp1252 either", "x")
