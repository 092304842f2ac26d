"""file_share: text files read, other documents refused politely, pictures left alone."""

from __future__ import annotations

import logging

import pytest
from slackkit import msg

from handlers.listeners.events.file_share import file_share

PDF = {
    "id": "F1",
    "name": "brief.pdf",
    "filetype": "pdf",
    "pretty_type": "PDF",
    "mimetype": "application/pdf",
}
PNG = {"id": "F2", "name": "chart.png", "filetype": "png", "mimetype": "image/png"}


def call(event, ack, client, context, request_):
    file_share(ack, {"event_id": "Ev5"}, event, client, context, request_, logging.getLogger())


@pytest.mark.parametrize(
    "event",
    [
        msg("", subtype="file_share", files=[PDF], bot_id="B0"),  # a bot's file
        msg("", subtype="file_share"),  # no files
        msg("", subtype="file_share", files=[PDF], channel="C0OTHER"),  # not an ingest channel
    ],
)
def test_guards(event, ack, client, context, request_):
    call(event, ack, client, context, request_)
    ack.assert_not_called()
    assert client.method_calls == []


def test_a_document_gets_a_polite_note_and_a_picture_nothing(ack, client, context, request_):
    call(msg("", subtype="file_share", files=[PNG, PDF]), ack, client, context, request_)
    (note,) = client.chat_postEphemeral.call_args_list
    assert "can't read this file type (PDF): brief.pdf" in note.kwargs["text"]


def test_in_a_dm_a_picture_gets_the_note_too(ack, client, context, request_):
    call(
        msg("", subtype="file_share", files=[PNG], channel="D0", channel_type="im"),
        ack,
        client,
        context,
        request_,
    )
    assert "can't read this file type" in client.chat_postMessage.call_args.kwargs["text"]


def test_files_with_a_mention_are_read_once_by_whichever_event_comes_first(
    ack, client, context, request_
):
    from handlers.listeners.events.app_mention import app_mention

    event = msg("<@U0BOT> read this", subtype="file_share", files=[PDF])
    call(event, ack, client, context, request_)
    mention = {**event, "type": "app_mention"}
    app_mention(ack, {"event_id": "Ev6"}, mention, client, context, request_, logging.getLogger())
    assert client.chat_postEphemeral.call_count == 1  # one note, not two
