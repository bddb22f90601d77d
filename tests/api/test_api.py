"""Every /api endpoint over a hand-filled store; writes with and without a valid token."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .data import SENTENCE, TOKEN, make_client

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def test_health(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["writable"] is True
    assert body["counts"]["events"] == 3 and body["pipeline_loaded"] is True


def test_openapi_and_docs(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    assert {
        "/api/health",
        "/api/events",
        "/api/events/{event_id}",
        "/api/actors",
        "/api/actors/{code}",
        "/api/dyads/{a}/{b}/timeline",
        "/api/code",
        "/api/articles",
    } <= paths
    assert not any(p.startswith(("/event", "/dyad", "/search")) for p in paths)
    assert (
        "text"
        in spec["paths"]["/api/code"]["post"]["requestBody"]["content"]["application/json"][
            "schema"
        ]["properties"]
    )
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "POST /api/articles" in docs.text
    assert "cdn" not in docs.text.lower()


def test_events_list_and_filters(client, ids) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/events").json()
    assert (body["total"], body["limit"], body["offset"]) == (3, 100, 0)
    assert [e["id"] for e in body["events"]] == [ids["evil"], ids["meeting"], ids["war"]]

    def got(**params: object) -> list[str]:
        r = client.get("/api/events", params=params)
        assert r.status_code == 200, r.text
        return sorted(e["id"] for e in r.json()["events"])

    assert got(dyad="TUR-AZE") == [ids["meeting"]]
    assert got(dyad="arm-aze") == sorted([ids["war"], ids["evil"]])
    assert got(actor="AZEGOV") == [ids["meeting"]]
    assert got(country="TUR") == [ids["meeting"]]
    assert got(source="ARM", target="AZE") == sorted([ids["war"], ids["evil"]])
    assert got(type="disapprove") == [ids["evil"]]
    assert got(cameo="19") == [ids["war"]]
    assert got(since="2021-01-01", until="2021-12-31") == [ids["meeting"]]
    assert got(min_confidence=0.9) == []
    page = client.get("/api/events", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 3 and [e["id"] for e in page["events"]] == [ids["meeting"]]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"limit": 1001}, "above 1000"),
        ({"limit": 0}, "query.limit"),
        ({"offset": -1}, "query.offset"),
        ({"since": "yesterday"}, "query.since"),
        ({"min_confidence": "high"}, "query.min_confidence"),
        ({"min_confidence": 2}, "query.min_confidence"),
        ({"dyad": "AZE"}, "AZE-TUR"),
        ({"dyad": "AZE-T1R"}, "three-letter"),
    ],
)
def test_events_rejects_bad_queries(client, params, message) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/events", params=params)
    assert r.status_code == 422
    assert message in r.json()["error"]


def test_query_text_is_data_not_sql(client) -> None:  # type: ignore[no-untyped-def]
    for evil in ("' OR 1=1 --", "AZE%", 'x"; DROP TABLE events; --'):
        r = client.get("/api/events", params={"actor": evil, "type": evil, "cameo": evil})
        assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/events").json()["total"] == 3


def test_one_event_with_mentions(client, ids) -> None:  # type: ignore[no-untyped-def]
    r = client.get(f"/api/events/{ids['meeting']}")
    assert r.status_code == 200
    e = r.json()
    assert e["mentions"] == 2 and e["sources"] == 2
    assert e["evidence"]["sentence"] == SENTENCE
    assert e["location"]["name"] == "Baku"
    sources = sorted(m["article"]["source"] for m in e["mention_records"])
    assert sources == ["Daily", "Wire"]
    assert all("evidence" in m for m in e["mention_records"])


def test_unknown_event_is_a_json_404(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/events/nope")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/json")
    assert r.json() == {"error": "no event with id 'nope'"}
    r = client.get("/api/no/such/thing")
    assert r.status_code == 404 and "error" in r.json()


def test_actors(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/actors").json()
    codes = {a["code"] for a in body["actors"]}
    assert {"AZEGOVMIL", "TURGOV", "ARM", "AZE", "AZEGOV", "TUR"} <= codes
    aze = client.get("/api/actors", params={"q": "aze"}).json()["actors"]
    assert {a["code"] for a in aze} == {"AZE", "AZEGOV", "AZEGOVMIL"}
    assert next(a for a in aze if a["code"] == "AZE")["events"] == 2


def test_one_actor(client, ids) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/actors/azegov").json()
    assert body["code"] == "AZEGOV"
    assert [n["code"] for n in body["names"]] == ["AZEGOV"]
    assert [e["id"] for e in body["events"]] == [ids["meeting"]]
    assert client.get("/api/actors/ZZZ").status_code == 404
    r = client.get("/api/actors/A;B")
    assert r.status_code == 422 and "actor code" in r.json()["error"]


def test_dyad_timeline(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/api/dyads/arm/aze/timeline", params={"freq": "year"})
    assert r.status_code == 200
    body = r.json()
    assert (body["a"], body["b"], body["freq"]) == ("ARM", "AZE", "year")
    rows = {(x["period"], x["direction"]): x for x in body["rows"]}
    assert rows[("2020-01-01", "ARM>AZE")]["material_conflict"] == 1
    assert rows[("2022-01-01", "ARM>AZE")]["verbal_conflict"] == 1
    assert rows[("2021-01-01", "ARM>AZE")]["events"] == 0
    since = client.get("/api/dyads/ARM/AZE/timeline", params={"since": "2022-01-01"}).json()
    assert {x["period"] for x in since["rows"]} == {"2022-05-01"}
    assert client.get("/api/dyads/ARM/AZE/timeline", params={"freq": "day"}).status_code == 422
    assert client.get("/api/dyads/ARME/AZE/timeline").status_code == 422


# -- writes -------------------------------------------------------------------------------


def test_code_returns_events_without_storing(client, fake) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/api/code", json={"text": "Azerbaijan met Turkey.", "date": "2024-01-02"}, headers=AUTH
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert [e["cameo"] for e in body["events"]] == ["040"]
    assert body["events"][0]["date"] == "2024-01-02"
    assert fake.calls == 1
    assert client.get("/api/health").json()["counts"]["articles"] == 3


def test_articles_store_then_skip_then_link_copies(client, fake) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Azerbaijani and Turkish ministers met in Ankara on Friday to discuss trade, energy "
        "transit and the railway linking the two countries, officials said after the talks."
    )
    r = client.post(
        "/api/articles", json={"text": text, "source": "Wire", "date": "2024-03-01"}, headers=AUTH
    )
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["stored"] is True and first["duplicate_of"] is None
    assert first["new_events"] + first["merged"] == 1 and len(first["events"]) == 1
    stored = client.get("/api/events", params={"since": "2024-01-01"}).json()
    assert stored["total"] == 1

    again = client.post("/api/articles", json={"text": text}, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert again.json()["article_id"] == first["article_id"] and len(again.json()["events"]) == 1

    copy = client.post(
        "/api/articles",
        json={"text": text + " Reporting by a wire.", "source": "Copy"},
        headers=AUTH,
    )
    assert copy.status_code == 201
    assert copy.json()["duplicate_of"] == first["article_id"] and copy.json()["events"] == []
    assert fake.calls == 1


@pytest.mark.parametrize("path", ["/api/code", "/api/articles"])
@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": "Basic x"}],
)
def test_writes_need_the_token(client, fake, path, headers) -> None:  # type: ignore[no-untyped-def]
    r = client.post(path, json={"text": "Azerbaijan met Turkey."}, headers=headers)
    assert r.status_code == 401
    assert "Authorization: Bearer" in r.json()["error"]
    assert r.headers["www-authenticate"] == "Bearer"
    assert fake.calls == 0


@pytest.fixture
def read_only(filled) -> Iterator[object]:  # type: ignore[no-untyped-def]
    with make_client(filled[0], token=None) as c:
        yield c


@pytest.mark.parametrize("path", ["/api/code", "/api/articles"])
def test_writes_are_off_without_a_configured_token(read_only, path) -> None:  # type: ignore[no-untyped-def]
    r = read_only.post(path, json={"text": "x"}, headers=AUTH)  # type: ignore[attr-defined]
    assert r.status_code == 403
    assert "TACITUS_API_TOKEN" in r.json()["error"]
    assert read_only.get("/api/health").json()["writable"] is False  # type: ignore[attr-defined]


def test_token_file(filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    token_file = tmp_path / "token"
    token_file.write_text("from-a-file\n")
    with make_client(filled[0], token=None, token_file=str(token_file)) as c:
        ok = c.post("/api/code", content=b"{", headers={"Authorization": "Bearer from-a-file"})
        assert ok.status_code == 422  # authorised, then the body is checked
        assert c.post("/api/code", json={"text": "x"}).status_code == 401


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"{not json", "invalid request"),
        (b"[]", "invalid request"),
        (b'{"title": "no text"}', "text: Field required"),
        (b'{"text": ""}', "text"),
        (b'{"text": "x", "date": "March"}', "date"),
        (b'{"text": "x", "colour": "red"}', "colour"),
        (b'{"text": 5}', "text"),
        (b'{"text": "   "}', "text"),
        (b'{"text": "a\\u0000b"}', "NUL bytes"),
    ],
)
def test_malformed_bodies_are_422(client, fake, body, message) -> None:  # type: ignore[no-untyped-def]
    headers = {**AUTH, "Content-Type": "application/json"}
    for path in ("/api/code", "/api/articles"):
        r = client.post(path, content=body, headers=headers)
        assert r.status_code == 422, r.text
        assert message in r.json()["error"]
    assert fake.calls == 0


def test_oversize_bodies_are_413(filled, fake) -> None:  # type: ignore[no-untyped-def]
    with make_client(filled[0], pipeline=fake, max_body_bytes=1000) as c:
        big = {"text": "word " * 400}
        r = c.post("/api/articles", json=big, headers=AUTH)
        assert r.status_code == 413 and "max_body_bytes" in r.json()["error"]

        def chunks() -> Iterator[bytes]:  # no Content-Length: streamed, counted as it comes
            yield b'{"text": "'
            for _ in range(50):
                yield b"word " * 10
            yield b'"}'

        r = c.post(
            "/api/code", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}
        )
        assert r.status_code == 413 and "max_body_bytes" in r.json()["error"]
        assert fake.calls == 0
        small = c.post("/api/code", json={"text": "Azerbaijan met Turkey."}, headers=AUTH)
        assert small.status_code == 200


def test_wrong_method_is_json(client) -> None:  # type: ignore[no-untyped-def]
    r = client.delete("/api/events")
    assert r.status_code == 405 and "not allowed" in r.json()["error"]


@pytest.mark.slow
def test_code_with_the_real_pipeline_loads_it_lazily(filled, pipeline) -> None:  # type: ignore[no-untyped-def]
    store = filled[0]
    with make_client(store) as c:
        state = c.app.state.tacitus
        assert state.pipeline is None  # the read-only part starts without spaCy
        state.make_pipeline = lambda: pipeline  # the session's pipeline, already loaded
        r = c.post(
            "/api/code",
            json={
                "text": "Georgian Defence Minister Levan Abashidze met Armenian Defence Minister "
                "Aram Hakobyan in Tbilisi on March 7, 2023.",
                "date": "2023-03-08",
            },
            headers=AUTH,
        )
        assert r.status_code == 200, r.text
        events = r.json()["events"]
        assert any(e["cameo"].startswith("04") for e in events)
        assert {e["source"]["country"] for e in events} <= {"GEO", "ARM"}
        assert state.pipeline is pipeline
        stored = c.post(
            "/api/articles",
            json={
                "text": "Armenian troops fired on Azerbaijani positions on Tuesday.",
                "date": "2023-05-10",
                "source": "Test",
            },
            headers=AUTH,
        )
        assert stored.status_code == 201, stored.text
        assert stored.json()["events"]
        assert c.get("/api/events", params={"since": "2023-01-01"}).json()["total"] >= 1


def test_database_errors_are_503(filled) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    store = filled[0]
    with store.engine.begin() as conn:
        conn.execute(text("ALTER TABLE events RENAME TO events_gone"))
    with make_client(store) as c:
        r = c.get("/api/events")
        assert r.status_code == 503 and "database" in r.json()["error"]
        page = c.get("/")
        assert page.status_code == 503 and "database" in page.text
