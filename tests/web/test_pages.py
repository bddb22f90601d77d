"""Dashboard pages over a hand-filled store: content, links, escaping of article text."""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from tacitus.web.charts import map_plot, stacked_chart
from tacitus.web.highlight import pieces

from ..api.data import EVIL, SENTENCE


class Marks(HTMLParser):
    """Collects <mark> elements (class, text) and every tag/attribute seen."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.attrs: list[str] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += [name for name, _ in attrs]
        if tag == "mark":
            self._open.append([dict(attrs).get("class") or "", ""])
        elif tag == "span" and self._open:
            self._open[-1].append("tag")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark" and self._open:
            css, text, *_ = self._open.pop()
            self.marks.append((css, text))

    def handle_data(self, data: str) -> None:
        if self._open and len(self._open[-1]) == 2:
            self._open[-1][1] += data


def parse(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    return p


def test_overview(site) -> None:  # type: ignore[no-untyped-def]
    client, _ = site
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
    assert "<svg" in html and 'class="q1"' in html and 'class="q4"' in html
    assert 'href="/dyad/ARM/AZE"' in html and 'href="/dyad/AZE/TUR"' in html
    assert "/static/style.css" in html and "http" not in html.split("<body>")[0]
    assert "script-src" not in r.headers["content-security-policy"]  # default-src 'none'
    assert "default-src 'none'" in r.headers["content-security-policy"]
    assert "style=" not in html  # no inline styles: the policy would block them
    for freq in ("week", "year"):
        assert client.get("/", params={"freq": freq}).status_code == 200


def test_static_css(site) -> None:  # type: ignore[no-untyped-def]
    client, _ = site
    r = client.get("/static/style.css")
    assert r.status_code == 200 and ":focus-visible" in r.text


def test_dyad_page_and_filters(site) -> None:  # type: ignore[no-untyped-def]
    client, ids = site
    html = client.get("/dyad/arm/aze").text
    assert "ARM – AZE" in html and "Armenia" in html
    assert f'href="/event/{ids["war"]}"' in html and f'href="/event/{ids["evil"]}"' in html
    only = client.get("/dyad/ARM/AZE", params={"type": "DISAPPROVE"}).text
    assert f'href="/event/{ids["evil"]}"' in only and f'href="/event/{ids["war"]}"' not in only
    dated = client.get("/dyad/ARM/AZE", params={"since": "2021-01-01", "freq": "year"}).text
    assert f'href="/event/{ids["war"]}"' not in dated
    assert "No events" in client.get("/dyad/ARM/AZE", params={"min_confidence": "0.95"}).text
    bad = client.get("/dyad/ARM/AZE", params={"since": "soon"})
    assert bad.status_code == 422 and "YYYY-MM-DD" in bad.text
    assert client.get("/dyad/ARMENIA/AZE").status_code == 404


def test_event_page_highlights_and_maps(site) -> None:  # type: ignore[no-untyped-def]
    client, ids = site
    r = client.get(f"/event/{ids['meeting']}")
    assert r.status_code == 200
    page = parse(r.text)
    marks = dict((css.split()[-1], text) for css, text in page.marks[:4])
    assert marks == {
        "hl-source": "Azerbaijani Defence Minister Zakir Hasanov",
        "hl-trigger": "met",
        "hl-target": "Turkish",
        "hl-date": "Monday",
    }
    html = r.text
    assert "AZEGOVMIL" in html and "TURGOV" in html and "precision: day" in html
    assert "Baku" in html and html.count('class="pin"') == 2
    assert "Wire" in html and "Daily" in html and 'href="https://daily.example/a2"' in html
    assert "2 mention(s) in 2 article(s)" in html


def test_unknown_event_page_is_404_html(site) -> None:  # type: ignore[no-untyped-def]
    client, _ = site
    r = client.get("/event/nope")
    assert r.status_code == 404 and "no event with id" in r.text
    assert r.headers["content-type"].startswith("text/html")


def test_article_markup_is_shown_inert(site) -> None:  # type: ignore[no-untyped-def]
    client, ids = site
    pages = [
        client.get(f"/event/{ids['evil']}").text,
        client.get("/dyad/ARM/AZE").text,
        client.get("/").text,
        client.get("/search", params={"q": "script"}).text,
        client.get("/search", params={"q": '<img src=x onerror="alert(1)">'}).text,
    ]
    for html in pages:
        page = parse(html)
        assert "script" not in page.tags and "img" not in page.tags
        assert "onerror" not in page.attrs
        assert "<script>" not in html and "<img" not in html
    event_html = pages[0]
    assert "&lt;script&gt;" in event_html and "onerror=&#34;alert(1)&#34;" in event_html
    assert "javascript:" not in event_html  # the article's URL is not made a link
    assert "&lt;b&gt;Evil&lt;/b&gt;" in event_html
    marks = [text for css, text in parse(event_html).marks if "hl-trigger" in css]
    assert "condemned" in marks


def test_actor_page(site) -> None:  # type: ignore[no-untyped-def]
    client, ids = site
    html = client.get("/actor/aze").text
    assert "<h1>AZE" in html and "Azerbaijan" in html
    assert f'href="/event/{ids["meeting"]}"' in html
    assert client.get("/actor/ZZZ").status_code == 404


@pytest.mark.parametrize(
    ("q", "expect"),
    [
        ("azegov", 'href="/actor/AZEGOV"'),
        ("Turkey", 'href="/actor/TUR"'),
        ("arm", 'href="/actor/ARM"'),
        ("Hasanov met", "/event/a1-1"),
    ],
)
def test_search(site, q, expect) -> None:  # type: ignore[no-untyped-def]
    client, _ = site
    html = client.get("/search", params={"q": q}).text
    assert expect in html


def test_search_without_query_and_with_wildcards(site) -> None:  # type: ignore[no-untyped-def]
    client, _ = site
    assert "Search actor codes" in client.get("/search").text
    html = client.get("/search", params={"q": "%"}).text
    assert "/event/" not in html  # % is matched literally


def test_pieces_cover_the_sentence_and_skip_overlaps() -> None:
    record = {
        "cameo": "040",
        "source": {"code": "AZE"},
        "target": {"code": "TUR"},
        "evidence": {
            "sentence": SENTENCE,
            "trigger": [43, 46],
            "source_span": [0, 43],  # overlaps the trigger: dropped? no, ends where it starts
            "target_span": [40, 50],  # overlaps the trigger: left plain
            "date_span": [500, 600],  # outside the sentence: ignored
        },
    }
    got = pieces(record)
    assert "".join(p.text for p in got) == SENTENCE
    assert [p.kind for p in got if p.kind] == ["source", "trigger"]
    assert pieces({"evidence": {"sentence": EVIL}})[0].text == EVIL


def test_chart_and_map_geometry() -> None:
    from datetime import date

    chart = stacked_chart(
        [date(2024, 1, 1), date(2024, 2, 1)],
        [(2, 1, 0, 3), (0, 0, 1, 0)],
        "month",
        "t",
        [1.0, None],
    )
    assert len(chart.bars) == 4 and len(chart.dots) == 1
    up = [b for b in chart.bars if b.css in ("q1", "q2")]
    assert all(b.y + b.height <= chart.axis_y + 1e-6 for b in up)
    down = [b for b in chart.bars if b.css in ("q3", "q4")]
    assert all(b.y >= chart.axis_y - 1e-6 for b in down)
    world = map_plot(0.0, 0.0, "origin")
    assert (world.x, world.y) == (180.0, 90.0)
    others = [(41.7, 44.8), (-33.9, 151.2), (40.4, 49.9)]  # Tbilisi, Sydney, Baku itself
    assert len(map_plot(40.4, 49.9, "Baku", others=others).others) == 2
    assert len(map_plot(40.4, 49.9, "Baku", span=16.0, others=others).others) == 1
    close = map_plot(40.4, 49.9, "Baku", span=16.0)
    assert (close.x, close.y) == (180.0, 90.0) and close.west == 49.9 - 8
    assert re.match(r"\d+°E", next(t.text for t in close.ticks if "E" in t.text))


def test_dyad_chart_leaves_far_history_to_the_yearly_view(site) -> None:  # type: ignore[no-untyped-def]
    from ..store.factory import article, event

    client, _ = site
    store = client.app.state.tacitus.store
    old = article("old", "Archive", text="An archive story about the war in 1992.")
    store.save(old, [event("old", 1, "ARM", "AZE", "190", date(1992, 2, 26))], 1, "t")
    html = client.get("/dyad/ARM/AZE").text
    assert "1 older event(s) before" in html and "freq=year" in html
    yearly = client.get("/dyad/ARM/AZE", params={"freq": "year"}).text
    assert "older event(s)" not in yearly and ">1992<" in yearly
