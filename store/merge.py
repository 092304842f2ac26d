"""Writing one article and its facts, merging them with what is already known.

Rules (each is a small function below, tested in tests/store/test_merge.py):

- People: the same full name is the same person, unless the countries
  conflict. A name that is only a surname ("Rubio") or an alias ("Secretary
  Rubio") joins a known person only when exactly one known person fits and
  the countries do not conflict; otherwise it stays a person of its own, so
  two people called Dar are never mixed up. A spelling variant of a known
  full name (Shahbaz/Shehbaz Sharif) joins it when the surname is the same,
  the names are close, the given names have the same consonants and only
  one known person fits (see ``spelling_variant``).
- Contacts: the same set of people on the same date is one contact. A report
  without a date joins a contact of the same people only when the articles
  were published within ``NEAR_DAYS`` of each other.
- Tariffs: the same imposer, target and rate, with compatible scope, status
  and effective date, is one tariff. Each tariff is a step of a measure
  (``assign_measure``): a later report that pauses, raises, lowers or removes
  it adds a step to the same measure instead of a rival fact.
- Corrections (store.corrections) win: a removed fact stays removed when
  another article reports it (it only gains a source), corrected fields are
  ``locked`` against later reports, and a report of the fact as it was before
  the correction finds the corrected fact through ``correction_keys``.

Every merged fact keeps one source row per article, with that article's own
evidence sentence (and topics, for contacts).

All functions take a sqlite3 connection inside an open transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

from rapidfuzz import fuzz

from extract.model import Article, Contact, Evidence, Person, Tariff

from .names import bare_name, name_key, same_topic, surname_key
from .records import FactOutcome, IngestResult, Source

NEAR_DAYS = 3  # a dateless report and a dated one are the same contact within this
CONFIDENCE_RANK = {"low": 0, "medium": 1, "high": 2}
STATUS_RANK = {"proposed": 0, "announced": 1, "raised": 2, "lowered": 2, "in_force": 3}
STATUS_GROUP = {"paused": "paused", "removed": "removed"}  # the rest: "active"
CHANGE_STATUSES = frozenset({"paused", "removed", "raised", "lowered"})  # they change a measure
VARIANT_SCORE = 88  # rapidfuzz ratio (0-100) of two full names for a spelling variant


def ingest(
    conn: sqlite3.Connection, article: Article, source: Source, ingested_at: str
) -> IngestResult:
    row = conn.execute(
        "SELECT id FROM articles WHERE text_hash = ?", (article.text_hash,)
    ).fetchone()
    if row:
        return IngestResult(status="already", article_id=row[0])
    article_id = _insert(
        conn,
        "articles",
        {
            "text_hash": article.text_hash,
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published": article.published,
            "dateline": article.dateline,
            "text": article.text,
            "ingested_at": ingested_at,
            "slack_team": source.slack_team,
            "slack_channel": source.slack_channel,
            "slack_ts": source.slack_ts,
            "slack_user": source.slack_user,
            "slack_permalink": source.slack_permalink,
            "file_path": source.file_path,
        },
    )
    result = IngestResult(status="new", article_id=article_id)
    ids: dict[str, int] = {}  # name key (and alias keys) in this article -> person id
    seen: set[int] = set()
    for person in article.people:
        pid, new = resolve_person(conn, person.name, person.country)
        _remember(conn, pid, person)
        if person.role and _add_role(conn, pid, person, article_id, article.published):
            result.roles_added += 1
        for form in [person.name, *person.aliases]:
            ids.setdefault(name_key(form), pid)
        if pid not in seen:
            seen.add(pid)
            result.people.append(FactOutcome(pid, person.name, new, person))
    for contact in article.contacts:
        people = []
        for name in contact.participants:
            pid = ids.get(name_key(name))
            if pid is None:  # named in a contact but not given a role
                pid, new = resolve_person(conn, name, None)
                _remember(conn, pid, Person(name=name))
                ids[name_key(name)] = pid
                if pid not in seen:
                    seen.add(pid)
                    result.people.append(FactOutcome(pid, name, new, Person(name=name)))
            people.append(pid)
        if len(set(people)) < 2:
            continue  # a person in contact with themself is an extraction slip
        cid, new = add_contact(conn, sorted(set(people)), contact, article_id, article.published)
        label = f"{contact.mode} " + " and ".join(contact.participants)
        if not any(o.id == cid for o in result.contacts):
            result.contacts.append(FactOutcome(cid, label, new, contact))
    for tariff in article.tariffs:
        tid, new = add_tariff(conn, tariff, article_id, article.published)
        label = f"{tariff.imposer} → {tariff.target} {tariff.rate_pct:g}%"
        if not any(o.id == tid for o in result.tariffs):
            result.tariffs.append(FactOutcome(tid, label, new, tariff))
    return result


# -- people ---------------------------------------------------------------


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def resolve_person(conn: sqlite3.Connection, name: str, country: str | None) -> tuple[int, bool]:
    """The id of the known person ``name`` refers to, or a new person's id.

    Returns (id, created).
    """
    key = name_key(name)
    bare = bare_name(name)
    words = bare.split()
    if len(words) >= 2:
        rows = conn.execute(
            "SELECT id, country FROM people WHERE name_key IN (?, ?) ORDER BY id", (key, bare)
        ).fetchall()
        same = [r for r in rows if _compatible(r[1], country)]
        if same:
            exact = [r for r in same if r[1] == country]
            return (exact or same)[0][0], False
        ids = _fitting(
            conn,
            "SELECT DISTINCT person_id FROM aliases WHERE alias_key IN (?, ?)",
            (key, bare),
            country,
        )
        if len(ids) == 1:
            return ids[0], False
        # known so far only by surname ("Rubio"), now named in full: upgrade
        ids = _fitting(conn, "SELECT id FROM people WHERE name_key = ?", (words[-1],), country)
        if len(ids) == 1:
            conn.execute(
                "UPDATE people SET name = ?, name_key = ? WHERE id = ?", (name, bare, ids[0])
            )
            return ids[0], False
        # a spelling variant of one known full name (Shahbaz / Shehbaz Sharif)
        rows = conn.execute(
            "SELECT id, name_key, country FROM people WHERE surname_key = ? ORDER BY id",
            (words[-1],),
        ).fetchall()
        ids = sorted(
            {
                pid
                for pid, known, c in rows
                if _compatible(c, country) and spelling_variant(known, bare)
            }
        )
        if len(ids) == 1:
            return ids[0], False
    elif words:
        ids = _fitting(
            conn,
            "SELECT id FROM people WHERE surname_key = ?1 OR name_key = ?1 "
            "UNION SELECT person_id FROM aliases WHERE alias_key = ?1",
            (words[0],),
            country,
        )
        if len(ids) == 1:
            return ids[0], False
    pid = _insert(
        conn,
        "people",
        {
            "name": name,
            "name_key": bare or key,
            "surname_key": surname_key(bare or key),
            "country": country,
        },
    )
    return pid, True


_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(\w)\1+")
_GENDERED = frozenset("aoe")  # Maria / Mario, Daniel / Daniela: different people


def _skeleton(given: str) -> str:
    """Consonants of given names, doubles folded: "shehbaz" and "shahbaz" -> "shhbz"."""
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", given))


def spelling_variant(a: str, b: str) -> bool:
    """Whether two bare full names are spellings of one name (same surname assumed).

    Close as a whole, given names with the same first letter and consonants,
    and not a masculine/feminine pair.

    >>> spelling_variant("shehbaz sharif", "shahbaz sharif")
    True
    >>> spelling_variant("mohammed bin salman", "muhammad bin salman")
    True
    >>> spelling_variant("nawaz sharif", "shehbaz sharif"), spelling_variant("ali khan", "adi khan")
    (False, False)
    >>> spelling_variant("maria silva", "mario silva"), spelling_variant("john smith", "joan smith")
    (False, False)
    """
    wa, wb = a.split(), b.split()
    if a == b or len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1]:
        return False
    ga, gb = " ".join(wa[:-1]), " ".join(wb[:-1])
    if ga[0] != gb[0] or _skeleton(ga) != _skeleton(gb):
        return False
    short, long_ = sorted((ga, gb), key=len)
    if long_[:-1] == short[:-1] and {short[-1], long_[-1]} <= _GENDERED:
        return False  # Maria / Mario
    if long_[:-1] == short and long_[-1] in _GENDERED:
        return False  # Daniel / Daniela
    return fuzz.ratio(a, b) >= VARIANT_SCORE


def _fitting(conn: sqlite3.Connection, sql: str, params: tuple, country: str | None) -> list[int]:
    """Distinct person ids from ``sql`` whose country does not conflict with ``country``."""
    ids = sorted({r[0] for r in conn.execute(sql, params)})
    if not ids or country is None:
        return ids
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, country FROM people WHERE id IN ({marks})", ids).fetchall()
    return sorted(r[0] for r in rows if _compatible(r[1], country))


def _remember(conn: sqlite3.Connection, pid: int, person: Person) -> None:
    """Record the person's country (if unknown so far) and the aliases this article used."""
    if person.country:
        conn.execute(
            "UPDATE people SET country = ? WHERE id = ? AND country IS NULL", (person.country, pid)
        )
    words = bare_name(person.name).split()
    forms = [person.name]
    if len(words) >= 2:
        forms.append(person.name.split()[-1])  # the surname
    # Only aliases that contain the surname: "Secretary Rubio" yes; "the
    # American top diplomat" or a first name alone no (they fit many people).
    forms += [a for a in person.aliases if words and words[-1] in name_key(a).split()]
    for form in forms:
        key = name_key(form)
        if key:
            conn.execute(
                "INSERT OR IGNORE INTO aliases (person_id, alias, alias_key) VALUES (?, ?, ?)",
                (pid, form, key),
            )


def role_key(pid: int, role: str) -> str:
    """The identity of a role report, for corrections: person and role words."""
    return f"role:{pid}|{name_key(role)}"


def _add_role(
    conn: sqlite3.Connection, pid: int, person: Person, article_id: int, as_of: str | None
) -> bool:
    row = {
        "person_id": pid,
        "role": person.role,
        "country": person.country,
        "as_of": as_of,
        "article_id": article_id,
        **_evidence(person.evidence, person.confidence),
    }
    corrected = _corrected_fact(conn, "role", role_key(pid, person.role))
    if corrected is not None:
        # the same role was corrected before: this report gets the correction too
        old = _dict_rows(conn, "SELECT * FROM roles WHERE id = ?", (corrected,))
        if old:
            old = old[0]
            for f in json.loads(old["locked"] or "[]"):
                if f in ("role", "country"):
                    row[f] = old[f]
            row.update(
                removed=old["removed"], locked=old["locked"], correction_id=old["correction_id"]
            )
    cur = _insert_or_ignore(conn, "roles", row)
    if cur and not row.get("removed"):
        conn.execute(
            "UPDATE people SET role = ?, role_as_of = ? WHERE id = ? "
            "AND (role IS NULL OR role_as_of IS NULL OR (? IS NOT NULL AND ? >= role_as_of))",
            (row["role"], as_of, pid, as_of, as_of),
        )
    return bool(cur)


def refresh_person_role(conn: sqlite3.Connection, pid: int) -> None:
    """Set people.role to the newest role report that was not removed."""
    row = conn.execute(
        "SELECT role, as_of FROM roles WHERE person_id = ? AND removed = 0 "
        "ORDER BY as_of IS NULL, as_of DESC, id DESC LIMIT 1",
        (pid,),
    ).fetchone()
    conn.execute(
        "UPDATE people SET role = ?, role_as_of = ? WHERE id = ?",
        (row[0] if row else None, row[1] if row else None, pid),
    )


# -- contacts -------------------------------------------------------------


def _days_apart(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _near(published: str | None, first: str | None, last: str | None) -> bool:
    gaps = [
        g for g in (_days_apart(published, first), _days_apart(published, last)) if g is not None
    ]
    return bool(gaps) and min(gaps) <= NEAR_DAYS


def same_contact(existing: sqlite3.Row | dict, contact: Contact, published: str | None) -> bool:
    """Whether a report of ``contact`` (from an article published then) is ``existing``."""
    if contact.date and existing["date"]:
        return contact.date == existing["date"]
    return _near(published, existing["first_published"], existing["last_published"])


def _merge_topics(old: list[str], new: list[str]) -> list[str]:
    """Topics of all reports, each once ("counter-terrorism cooperation" is "counter-terrorism")."""
    out = list(old)
    for t in new:
        if not any(same_topic(t, o) for o in out):
            out.append(t)
    return out


def _best(a: str | None, b: str | None) -> str | None:
    return max((x for x in (a, b) if x), key=lambda x: CONFIDENCE_RANK.get(x, 1), default=None)


def _best_reason(
    old_level: str | None, old_reason: str | None, level: str | None, reason: str | None
) -> tuple[str | None, str | None]:
    """The better of two (confidence, reason) pairs; the old one on a tie."""
    if level and CONFIDENCE_RANK.get(level, 1) > CONFIDENCE_RANK.get(old_level or "", -1):
        return level, reason
    return old_level, old_reason


def contact_key(participants_key: str, day: str | None) -> str:
    """The identity of a contact report, for corrections: the people and the date."""
    return f"contact:{participants_key}|{day or ''}"


def _locked(row) -> set[str]:
    return set(json.loads(row["locked"] or "[]"))


def add_contact(
    conn: sqlite3.Connection,
    people: list[int],
    contact: Contact,
    article_id: int,
    published: str | None,
) -> tuple[int, bool]:
    key = ",".join(map(str, people))
    rows = _dict_rows(conn, "SELECT * FROM contacts WHERE participants_key = ? ORDER BY id", (key,))
    redirect = _corrected_fact(conn, "contact", contact_key(key, contact.date))
    match = next((r for r in rows if r["id"] == redirect), None)  # reported as before a correction
    match = match or next((r for r in rows if contact.date and r["date"] == contact.date), None)
    match = match or next((r for r in rows if same_contact(r, contact, published)), None)
    level = contact.confidence.level if contact.confidence else None
    reason = contact.confidence.reason if contact.confidence else None
    if match is None:
        sort_date = contact.date or published
        cid = _insert(
            conn,
            "contacts",
            {
                "date": contact.date,
                "date_precision": contact.date_precision,
                "mode": contact.mode,
                "planned": int(contact.planned),
                "topics": json.dumps(contact.topics, ensure_ascii=False),
                "participants_key": key,
                "sort_date": sort_date,
                "first_published": published,
                "last_published": published,
                "confidence": level,
                "confidence_reason": reason,
            },
        )
        conn.executemany(
            "INSERT INTO contact_participants (contact_id, person_id, sort_date) VALUES (?, ?, ?)",
            [(cid, pid, sort_date) for pid in people],
        )
        new = True
    else:
        cid, new = match["id"], False
        locked = _locked(match)  # corrected by a person: later reports leave these alone
        keep_date = match["date"] or "date" in locked
        dated = match["date"] if keep_date else contact.date
        first = min((d for d in (match["first_published"], published) if d), default=None)
        last = max((d for d in (match["last_published"], published) if d), default=None)
        sort_date = dated or first
        confidence, why = _best_reason(
            match["confidence"], match["confidence_reason"], level, reason
        )
        topics = json.loads(match["topics"] or "[]")
        conn.execute(
            "UPDATE contacts SET date = ?, date_precision = ?, mode = ?, planned = ?, topics = ?, "
            "sort_date = ?, first_published = ?, last_published = ?, confidence = ?, "
            "confidence_reason = ? WHERE id = ?",
            (
                dated,
                match["date_precision"] if keep_date else contact.date_precision,
                contact.mode
                if match["mode"] == "other" and "mode" not in locked
                else match["mode"],
                match["planned"]
                if "planned" in locked
                else int(bool(match["planned"]) and contact.planned),
                json.dumps(
                    topics if "topics" in locked else _merge_topics(topics, contact.topics),
                    ensure_ascii=False,
                ),
                sort_date,
                first,
                last,
                confidence,
                why,
                cid,
            ),
        )
        if sort_date != match["sort_date"]:
            conn.execute(
                "UPDATE contact_participants SET sort_date = ? WHERE contact_id = ?",
                (sort_date, cid),
            )
    _insert_or_ignore(
        conn,
        "contact_sources",
        {
            "contact_id": cid,
            "article_id": article_id,
            "published": published,
            "date": contact.date,
            "mode": contact.mode,
            "planned": int(contact.planned),
            "topics": json.dumps(contact.topics, ensure_ascii=False),
            **_evidence(contact.evidence, contact.confidence),
        },
    )
    return cid, new


# -- tariffs --------------------------------------------------------------


def _kind_key(kind: str | None) -> str | None:
    return None if kind in (None, "other") else kind  # "other" is what extraction could not tell


def _scope_key(scope: str | None) -> str | None:
    return " ".join(scope.lower().split()) if scope else None


def same_tariff(existing: sqlite3.Row | dict, tariff: Tariff) -> bool:
    """Same imposer/target/rate is assumed; are scope, kind, status and effective date compatible?"""
    if not _compatible(_scope_key(existing["scope"]), _scope_key(tariff.scope)):
        return False
    if not _compatible(_kind_key(existing["kind"]), _kind_key(tariff.kind)):
        return False
    if STATUS_GROUP.get(existing["status"] or "", "active") != STATUS_GROUP.get(
        tariff.status or "", "active"
    ):
        return False
    return _compatible(existing["effective"], tariff.effective)


def _rate(value) -> float | None:
    return None if value is None else float(value)  # None is left for the NOT NULL check


def tariff_key(imposer: str, target: str, rate, status: str | None) -> str:
    """The identity of a tariff report, for corrections: who, on whom, the rate, active or not."""
    group = STATUS_GROUP.get(status or "", "active")
    return f"tariff:{imposer}|{target}|{float(rate):g}|{group}"


def assign_measure(conn: sqlite3.Connection, tid: int) -> int:
    """The measure a tariff step belongs to: an earlier step's measure, or its own id.

    Steps of one measure share imposer and target. A report that changes a
    rate (paused, removed, raised, lowered) joins the measure that has its
    rate or its previous rate, whatever goods it names, or the only measure
    between the two countries. Any other report joins a measure with
    compatible goods and kind. Among several, the one with its rate, then the
    same goods, the same kind, the most recent.
    """
    t = _dict_rows(conn, "SELECT * FROM tariffs WHERE id = ?", (tid,))[0]
    steps = _dict_rows(
        conn,
        "SELECT id, measure_id, rate_pct, scope, kind, sort_date FROM tariffs "
        "WHERE target = ? AND imposer = ? AND id != ? AND measure_id IS NOT NULL",
        (t["target"], t["imposer"], tid),
    )
    measures: dict[int, list] = {}
    for step in steps:
        measures.setdefault(step["measure_id"], []).append(step)
    scope, kind = _scope_key(t["scope"]), t["kind"]
    change = t["status"] in CHANGE_STATUSES
    best, best_score = tid, None
    for mid, group in measures.items():
        rates = {g["rate_pct"] for g in group}
        scopes = {_scope_key(g["scope"]) for g in group if g["scope"]}
        kinds = {g["kind"] for g in group if g["kind"] not in (None, "other")}
        kind_ok = kind in (None, "other") or not kinds or kind in kinds
        scope_ok = scope is None or not scopes or scope in scopes
        linked = t["rate_pct"] in rates or (
            t["previous_pct"] is not None and float(t["previous_pct"]) in rates
        )
        alone = change and len(measures) == 1
        if not kind_ok or not (scope_ok or (change and linked) or alone):
            continue
        score = (
            linked,
            scope is not None and scope in scopes,
            kind in kinds,
            max(g["sort_date"] or "" for g in group),
        )
        if best_score is None or score > best_score:
            best, best_score = mid, score
    return best


def add_tariff(
    conn: sqlite3.Connection, tariff: Tariff, article_id: int, published: str | None
) -> tuple[int, bool]:
    rows = _dict_rows(
        conn,
        "SELECT * FROM tariffs WHERE imposer = ? AND target = ? AND rate_pct = ? ORDER BY id",
        (tariff.imposer, tariff.target, _rate(tariff.rate_pct)),
    )
    candidates = [r for r in rows if same_tariff(r, tariff)]
    # prefer the candidate that agrees on most, then the oldest
    candidates.sort(key=lambda r: (r["scope"] != tariff.scope, r["effective"] != tariff.effective))
    redirect = _corrected_fact(
        conn,
        "tariff",
        tariff_key(tariff.imposer, tariff.target, tariff.rate_pct or 0, tariff.status),
    )
    if redirect is not None:  # reported as it was before a person corrected it
        candidates = _dict_rows(conn, "SELECT * FROM tariffs WHERE id = ?", (redirect,))
    level = tariff.confidence.level if tariff.confidence else None
    reason = tariff.confidence.reason if tariff.confidence else None
    if not candidates:
        tid = _insert(
            conn,
            "tariffs",
            {
                "imposer": tariff.imposer,
                "target": tariff.target,
                "rate_pct": _rate(tariff.rate_pct),
                "previous_pct": tariff.previous_pct,
                "kind": tariff.kind,
                "scope": tariff.scope,
                "status": tariff.status,
                "effective": tariff.effective,
                "announced": tariff.announced,
                "sort_date": tariff.effective or tariff.announced or published,
                "first_published": published,
                "last_published": published,
                "confidence": level,
                "confidence_reason": reason,
            },
        )
        conn.execute(
            "UPDATE tariffs SET measure_id = ? WHERE id = ?", (assign_measure(conn, tid), tid)
        )
        new = True
    else:
        old = candidates[0]
        tid, new = old["id"], False
        locked = _locked(old)  # corrected by a person: later reports leave these alone

        def keep(name: str, value):
            return old[name] if name in locked else value

        status = old["status"]
        if STATUS_RANK.get(tariff.status or "", -1) > STATUS_RANK.get(status or "", -1):
            status = tariff.status
        effective = keep("effective", old["effective"] or tariff.effective)
        announced = keep("announced", old["announced"] or tariff.announced)
        first = min((d for d in (old["first_published"], published) if d), default=None)
        confidence, why = _best_reason(old["confidence"], old["confidence_reason"], level, reason)
        previous = old["previous_pct"] if old["previous_pct"] is not None else tariff.previous_pct
        conn.execute(
            "UPDATE tariffs SET previous_pct = ?, kind = ?, scope = ?, status = ?, effective = ?, "
            "announced = ?, sort_date = ?, first_published = ?, last_published = ?, confidence = ?, "
            "confidence_reason = ? WHERE id = ?",
            (
                keep("previous_pct", previous),
                keep("kind", tariff.kind if old["kind"] in (None, "other") else old["kind"]),
                keep("scope", old["scope"] or tariff.scope),
                keep("status", status),
                effective,
                announced,
                effective or announced or first,
                first,
                max((d for d in (old["last_published"], published) if d), default=None),
                confidence,
                why,
                tid,
            ),
        )
    _insert_or_ignore(
        conn,
        "tariff_sources",
        {
            "tariff_id": tid,
            "article_id": article_id,
            "published": published,
            "status": tariff.status,
            "effective": tariff.effective,
            "kind": tariff.kind,
            "scope": tariff.scope,
            **_evidence(tariff.evidence, tariff.confidence),
        },
    )
    return tid, new


# -- helpers --------------------------------------------------------------


def _corrected_fact(conn: sqlite3.Connection, fact_type: str, key: str) -> int | None:
    """The fact a person corrected that was, before the correction, reported as ``key``."""
    row = conn.execute(
        "SELECT fact_id FROM correction_keys WHERE match_key = ? AND fact_type = ? "
        "ORDER BY fact_id DESC LIMIT 1",
        (key, fact_type),
    ).fetchone()
    return row[0] if row else None


def _evidence(evidence: Evidence | None, confidence) -> dict:
    return {
        "evidence_sentence": evidence.sentence if evidence else None,
        "evidence_start": evidence.start if evidence else None,
        "evidence_end": evidence.end if evidence else None,
        "evidence_quote": evidence.quote if evidence else None,
        "confidence": confidence.level if confidence else None,
        "confidence_reason": confidence.reason if confidence else None,
    }


def _dict_rows(conn: sqlite3.Connection, sql: str, params: tuple) -> list[sqlite3.Row]:
    cur = conn.cursor()
    cur.row_factory = sqlite3.Row
    return cur.execute(sql, params).fetchall()


def _insert(conn: sqlite3.Connection, table: str, row: dict) -> int:
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(row.values()))
    return cur.lastrowid


def _insert_or_ignore(conn: sqlite3.Connection, table: str, row: dict) -> int:
    """Insert unless a unique index already has the row; returns the number inserted."""
    cols = ", ".join(row)
    marks = ", ".join("?" * len(row))
    cur = conn.execute(
        f"INSERT OR IGNORE INTO {table} ({cols}) VALUES ({marks})", tuple(row.values())
    )
    return cur.rowcount
