"""Corrections from Slack, end to end over HTTP: "Not right?" → modal → signed view_submission.

The real app serves HTTP on 127.0.0.1; every request is signed as Slack signs
it, and everything the app sends (views.open, users.info, chat.update,
response_url posts) goes to the fake Slack and is asserted on.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fakeslack import (
    block_action,
    event_callback,
    mention_event,
    message_event,
    overflow_action,
    slash,
    view_submission,
)

from handlers.corrections import DENIED
from handlers.modals import CALLBACK_ID, CardContext

ARTICLE = (Path(__file__).parent.parent / "fixtures" / "slack" / "islamabad-call.txt").read_text()
ALICE = {  # users.info for the person who pasted the article
    "user": {
        "id": "U0ALICE",
        "name": "alice",
        "real_name": "Alice Khan",
        "profile": {"display_name": "Alice K", "real_name": "Alice Khan"},
    }
}


def paste(slack, text=ARTICLE, user="U0ALICE", n=1):
    slack.send.event(event_callback(message_event(text, user=user)))
    slack.fake.wait_calls("chat.postMessage", n)


def ask(slack, command: str, text: str, name: str, user="U0ALICE") -> dict:
    """A slash command's ephemeral card, as posted to its response_url."""
    slack.send.command(slash(command, text, slack.fake.response_url(name), user=user))
    (reply,) = slack.fake.wait_for(
        lambda: [c for c in slack.fake.responses() if c.path == f"/respond/{name}"]
    )
    return reply.body


def fact_block(card: dict, fact: str) -> dict:
    return next(b for b in card["blocks"] if b.get("block_id") == f"fact:{fact}")


def open_modal(slack, block: dict, url_name: str, user="U0ALICE", **kw) -> dict:
    """Click "Not right?" on a fact; the view sent to views.open."""
    before = len(slack.fake.to("views.open"))
    click = overflow_action(block, slack.fake.response_url(url_name), uid=user, **kw)
    answer = slack.send.interaction(click)
    assert (answer.status, answer.body) == (200, "")
    call = slack.fake.wait_calls("views.open", before + 1)[-1]
    assert call.body["trigger_id"] == click["trigger_id"]
    return call.body["view"]


def posts_to(slack, name: str, n: int = 1):
    return slack.fake.wait_for(
        lambda: (
            len(got := [c for c in slack.fake.responses() if c.path == f"/respond/{name}"]) >= n
            and got
        )
    )


def body_text(call) -> str:
    return json.dumps({k: call.body.get(k) for k in ("text", "blocks")}, ensure_ascii=False)


def no_pings(calls) -> None:
    for call in calls:
        dumped = body_text(call)
        assert "<@" not in dumped and "<!" not in dumped, dumped


@pytest.mark.parametrize(
    "command, text, fact, fields",
    [
        (
            "/tariff",
            "pakistan",
            "tariff:1",
            [
                "imposer",
                "target",
                "rate_pct",
                "previous_pct",
                "kind",
                "scope",
                "status",
                "effective",
                "announced",
            ],
        ),  # a tariff: rate, dates, status, kind, goods
        ("/contacts", "rubio", "contact:1", ["date", "mode", "topics", "planned"]),  # a contact
        ("/who", "dar", "role:1", ["role", "country"]),  # a role on /who
    ],
)
def test_not_right_opens_the_correction_modal(slack, command, text, fact, fields):
    slack.fake.extra["users.info"] = ALICE
    paste(slack)
    card = ask(slack, command, text, "card")
    menu = fact_block(card, fact)["accessory"]
    assert menu["type"] == "overflow"
    assert menu["options"][0]["text"]["text"] == "Not right?"
    assert menu["options"][0]["value"] == fact
    view = open_modal(slack, fact_block(card, fact), "click")
    assert view["type"] == "modal" and view["callback_id"] == CALLBACK_ID
    inputs = [b["block_id"] for b in view["blocks"] if b["type"] == "input"]
    assert inputs == [*fields, "remove", "note"]
    assert CardContext.loads(view["private_metadata"]) == CardContext(
        fact=fact,
        command=f"{command} {text}",
        response_url=slack.fake.response_url("click"),
        channel="C0NEWS",
        ts="1744000000.000001",
        private=True,
    )
    # the corrector's name is looked up once, and kept
    (info,) = slack.fake.wait_calls("users.info")
    assert info.body["user"] == "U0ALICE"
    slack.fake.wait_for(lambda: slack.db.user_name("U0ALICE") == "Alice K")
    open_modal(slack, fact_block(card, fact), "again")
    assert len(slack.fake.to("users.info")) == 1


def test_a_correction_through_the_modal_changes_the_card_survives_reingest_and_is_exported(
    slack, db_path, tmp_path
):
    """Done means 4: a signed view_submission changes the card, survives re-ingesting the
    article, and appears in `newsdesk export-corrections`."""
    slack.fake.extra["users.info"] = ALICE
    paste(slack)
    card = ask(slack, "/tariff", "pakistan", "card")
    assert "*29%*" in card["text"]
    view = open_modal(slack, fact_block(card, "tariff:1"), "click")

    submit = view_submission(view, rate_pct="26", note="The readout says 26%")
    answer = slack.send.interaction(submit)
    assert (answer.status, answer.body) == (200, "")  # the modal closes
    refreshed, confirmation = posts_to(slack, "click", 2)

    # the correction is stored with who and when
    (fix,) = slack.db.corrections()
    assert (str(fix.fact), fix.user, fix.fields, fix.before, fix.note) == (
        "tariff:1",
        "U0ALICE",
        {"rate_pct": 26.0},
        {"rate_pct": 29.0},
        "The readout says 26%",
    )
    # the ephemeral card it came from is replaced by the corrected one
    assert refreshed.body["replace_original"] is True
    assert refreshed.body["response_type"] == "ephemeral"
    line = fact_block(refreshed.body, "tariff:1")["text"]["text"]
    assert line.startswith("*United States → Pakistan*  *26%*")
    assert line.endswith("· corrected by Alice K")
    assert fact_block(refreshed.body, "tariff:1")["accessory"]["options"][0]["value"] == "tariff:1"
    assert refreshed.body["blocks"][-1]["elements"][0]["value"] == "/tariff pakistan"  # Share
    # and the corrector gets a short private confirmation
    assert confirmation.body["replace_original"] is False
    assert confirmation.body["response_type"] == "ephemeral"
    assert confirmation.body["blocks"][0]["text"]["text"] == "Correction saved"
    assert "Now: rate 26 · corrected by Alice K" in confirmation.body["text"]
    no_pings([refreshed, confirmation])

    # re-ingesting: the same message pasted again, and an edited copy of the article
    paste(slack, n=2)
    assert slack.fake.to("chat.postMessage")[1].body["blocks"][0]["text"]["text"] == (
        "Already ingested"
    )
    paste(slack, ARTICLE + "\nThis story has been updated.\n", n=3)
    assert slack.db.totals().articles == 2
    again = ask(slack, "/tariff", "pakistan", "after")
    line = fact_block(again, "tariff:1")["text"]["text"]
    assert "*26%*" in line and "corrected by Alice K" in line
    assert "*29%*" not in again["text"]  # the quote of the article still says 29%

    # export-corrections, the real command, on the same database
    env = {k: v for k, v in os.environ.items() if k != "NEWSDESK_DB"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--db", str(db_path), "export-corrections", "gold"],
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode() == "2 corrected articles written to gold\n"
    exported = sorted((tmp_path / "gold").glob("*.json"))
    assert len(exported) == 2
    for path in exported:
        gold = json.loads(path.read_text())
        assert [(t["imposer"], t["target"], t["rate_pct"]) for t in gold["tariffs"]] == [
            ("US", "PK", 26)
        ]
        assert path.with_suffix(".txt").read_text().startswith("date 2025-04-07\n")


def test_a_public_card_is_updated_in_place(slack):
    slack.fake.extra["users.info"] = ALICE
    paste(slack)
    slack.send.event(event_callback(mention_event("contacts rubio")))
    posted = slack.fake.wait_calls("chat.postMessage", 2)[1]
    ts = f"1744000000.{2:06d}"  # what the fake answered chat.postMessage with
    block = fact_block(posted.body, "contact:1")
    message = {"blocks": posted.body["blocks"], "text": posted.body["text"]}
    view = open_modal(
        slack, block, "click", ephemeral=False, message_ts=ts, message=message, channel="C0NEWS"
    )
    assert CardContext.loads(view["private_metadata"]).private is False
    submit = view_submission(view, topics="counter-terrorism, trade", mode="call")
    assert slack.send.interaction(submit).status == 200
    (update,) = slack.fake.wait_calls("chat.update")
    assert (update.body["channel"], update.body["ts"]) == ("C0NEWS", ts)
    line = fact_block(update.body, "contact:1")["text"]["text"]
    assert "Topics: counter-terrorism, trade" in line and "corrected by Alice K" in line
    assert all(b["type"] != "actions" for b in update.body["blocks"])  # no Share on a public card
    (confirmation,) = posts_to(slack, "click")
    assert confirmation.body["response_type"] == "ephemeral"
    no_pings([update, confirmation])


def test_nothing_a_correction_echoes_pings_anyone(slack):
    # regression: cards said "corrected by <@U…>", notifying the corrector on every share
    slack.fake.extra["users.info"] = {
        "user": {"id": "U0ALICE", "profile": {"display_name": "<!channel> @here <@U0BOSS>"}}
    }
    paste(slack)
    card = ask(slack, "/tariff", "pakistan", "card")
    view = open_modal(slack, fact_block(card, "tariff:1"), "click")
    slack.send.interaction(view_submission(view, status="in_force"))
    posts_to(slack, "click", 2)
    share = block_action("newsdesk_share", "/tariff pakistan", slack.fake.response_url("share"))
    slack.send.interaction(share)
    (public, _drop) = posts_to(slack, "share", 2)
    assert public.body["response_type"] == "in_channel"
    assert "corrected by &lt;!channel&gt; ＠here &lt;＠U0BOSS&gt;" in public.body["text"]
    no_pings([c for c in slack.fake.calls if c.method in ("respond", "chat.postMessage")])


def test_someone_else_may_not_correct(slack):
    paste(slack)  # pasted by Alice
    card = ask(slack, "/tariff", "pakistan", "card", user="U0BOB")
    click = overflow_action(fact_block(card, "tariff:1"), slack.fake.response_url("bob"), "U0BOB")
    assert slack.send.interaction(click).status == 200
    (refusal,) = posts_to(slack, "bob")
    assert refusal.body["text"] == DENIED
    assert (
        refusal.body["response_type"] == "ephemeral" and refusal.body["replace_original"] is False
    )
    assert slack.fake.to("views.open") == []
    # a submission is checked again: a modal Alice opened, submitted as Bob
    view = open_modal(slack, fact_block(card, "tariff:1"), "alice")
    answer = slack.send.interaction(view_submission(view, uid="U0BOB", rate_pct="5"))
    assert (answer.status, answer.body) == (200, "")
    (refusal,) = posts_to(slack, "alice")
    assert refusal.body["text"] == DENIED
    assert slack.db.corrections() == []


def test_an_admin_may_correct(slack):
    paste(slack)
    card = ask(slack, "/contacts", "rubio", "card", user="U0ADMIN")
    view = open_modal(slack, fact_block(card, "contact:1"), "admin", user="U0ADMIN")
    slack.send.interaction(view_submission(view, uid="U0ADMIN", remove=["remove"]))
    refreshed, _confirmation = posts_to(slack, "admin", 2)
    assert "No contacts of Marco Rubio recorded." in refreshed.body["text"]
    assert [c.action for c in slack.db.corrections()] == ["remove"]


def test_bad_values_come_back_into_the_modal(slack):
    paste(slack)
    card = ask(slack, "/tariff", "pakistan", "card")
    view = open_modal(slack, fact_block(card, "tariff:1"), "click")
    answer = slack.send.interaction(
        view_submission(view, rate_pct="lots", target="Atlantis", effective="2025-04-09")
    )
    assert answer.status == 200
    assert json.loads(answer.body) == {
        "response_action": "errors",
        "errors": {
            "rate_pct": "Write the rate as a number, e.g. 25 or 2.5.",
            "target": "No country called “Atlantis” (or * for all partners).",
        },
    }
    assert slack.db.corrections() == []
    assert [c for c in slack.fake.responses() if c.path == "/respond/click"] == []


def test_undo_after_a_correction_leaves_working_cards(slack):
    paste(slack)
    card = ask(slack, "/tariff", "pakistan", "card")
    view = open_modal(slack, fact_block(card, "tariff:1"), "click")
    slack.send.interaction(view_submission(view, rate_pct="26"))
    posts_to(slack, "click", 2)
    undo = block_action("newsdesk_undo", json.dumps({"article": 1, "by": "U0ALICE"}), "x")
    undo["response_url"] = slack.fake.response_url("undo")
    undo["container"]["is_ephemeral"] = False
    slack.send.interaction(undo)
    (done,) = posts_to(slack, "undo")
    assert "1 correction of removed facts dropped" in done.body["text"]
    assert slack.db.corrections() == []
    after = ask(slack, "/tariff", "pakistan", "after")
    assert after["blocks"][0]["text"]["text"] == "Tariffs on Pakistan"
    assert "Newsdesk has no tariffs on Pakistan yet." in after["text"]


def test_a_role_is_corrected_from_the_who_card(slack):
    slack.fake.extra["users.info"] = ALICE
    paste(slack)
    card = ask(slack, "/who", "dar", "card")
    [fact] = [
        b["block_id"][5:] for b in card["blocks"] if b.get("block_id", "").startswith("fact:")
    ]
    view = open_modal(slack, fact_block(card, fact), "click")
    slack.send.interaction(view_submission(view, role="Deputy Prime Minister"))
    refreshed, _confirmation = posts_to(slack, "click", 2)
    assert "Ishaq Dar* — Deputy Prime Minister, Pakistan" in refreshed.body["text"]
    line = fact_block(refreshed.body, fact)["text"]["text"]
    assert line.startswith("• Deputy Prime Minister, Pakistan") and "corrected by Alice K" in line
