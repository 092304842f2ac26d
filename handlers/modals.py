"""The "Not right?" modal: Block Kit for a correction form, and reading back what was typed.

Pure functions, no Slack client: ``correction_view`` builds the ``views.open``
view from ``handlers.corrections.correction_form``; ``submitted_values`` turns
a ``view_submission``'s state back into the ``values`` that
``apply_correction`` takes; ``view_errors`` keys its per-field errors by
block id for ``response_action: "errors"``.

Each field's input block has the field's name as ``block_id`` ("date",
"rate_pct", …), so ``apply_correction``'s errors land under the right input.
``private_metadata`` carries a ``CardContext``: which fact, and where the
card it came from is, so the card can be refreshed after the correction.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .blocks import shorten
from .corrections import CorrectionForm, FormField

CALLBACK_ID = "newsdesk_correction"  # the modal's callback_id (bound in listeners/views)
ELEMENT = "value"  # every input's action_id: the block_id says which field it is
REMOVE = "remove"
NOTE = "note"
MAX_METADATA = 3000  # Slack's limit on private_metadata
MAX_ERROR = 150
TEXT_LIMITS = {"text": 120, "number": 20, "country": 60, "topics": 2000}
NOTE_LIMIT = 500
MAX_INPUT = 3000  # Slack's limit on a plain_text_input's max_length
CHOICE_LABELS = {"in_force": "in force"}


@dataclass
class CardContext:
    """What the modal remembers (``private_metadata``): the fact, and the card it came from.

    ``command`` re-builds the card; ``response_url`` (from the click, good for
    30 minutes) replaces it and sends the confirmation; ``channel`` and ``ts``
    find a public card for ``chat.update``; ``private`` says whether the card
    was an ephemeral one only the clicker sees.
    """

    fact: str
    command: str | None = None
    response_url: str | None = None
    channel: str | None = None
    ts: str | None = None
    private: bool = True

    def dumps(self) -> str:
        """JSON within Slack's 3,000 characters (the command is dropped if it would not fit)."""
        data = {k: v for k, v in asdict(self).items() if v is not None}
        text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        if len(text) > MAX_METADATA:
            data.pop("command", None)
            text = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return text[:MAX_METADATA]

    @classmethod
    def loads(cls, text: str | None) -> CardContext | None:
        """The context back from ``private_metadata`` (None if it is not ours).

        >>> CardContext.loads(CardContext("tariff:3", "/tariff pk").dumps())
        CardContext(fact='tariff:3', command='/tariff pk', response_url=None, channel=None, ts=None, private=True)
        >>> CardContext.loads("nonsense") is None, CardContext.loads(None) is None
        (True, True)
        """
        try:
            data = json.loads(text or "")
        except ValueError:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("fact"), str):
            return None

        def text_of(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and value else None

        return cls(
            fact=data["fact"],
            command=text_of("command"),
            response_url=text_of("response_url"),
            channel=text_of("channel"),
            ts=text_of("ts"),
            private=data.get("private") is not False,
        )


def plain(text: str, limit: int = 75) -> dict:
    return {"type": "plain_text", "text": shorten(text, limit) or " ", "emoji": True}


def _option(value: str, label: str | None = None) -> dict:
    shown = label or CHOICE_LABELS.get(value, value.replace("_", " "))
    return {"text": plain(shown), "value": value}


def _element(f: FormField) -> dict:
    if f.kind == "date":
        element = {"type": "datepicker", "action_id": ELEMENT}
        if f.value:
            element["initial_date"] = f.value
        return element
    if f.kind == "choice":
        options = [_option(o) for o in f.options]
        element = {"type": "static_select", "action_id": ELEMENT, "options": options}
        if f.value in f.options:
            element["initial_option"] = options[f.options.index(f.value)]
        return element
    if f.kind == "bool":
        yes = _option("yes", "Yes")
        element = {"type": "checkboxes", "action_id": ELEMENT, "options": [yes]}
        if f.value == "yes":
            element["initial_options"] = [yes]
        return element
    limit = TEXT_LIMITS.get(f.kind, 120)
    element = {
        "type": "plain_text_input",
        "action_id": ELEMENT,
        "max_length": min(MAX_INPUT, max(limit, len(f.value))),
    }
    if f.kind == "topics":
        element["multiline"] = True
    if f.value:
        element["initial_value"] = f.value
    return element


def _input(block_id: str, label: str, element: dict, optional: bool, hint: str = "") -> dict:
    block = {
        "type": "input",
        "block_id": block_id,
        "label": plain(label, 2000),
        "element": element,
        "optional": optional,
    }
    if hint:
        block["hint"] = plain(hint, 2000)
    return block


HINTS = {
    "date": "As 2025-04-07. Leave empty if no article says.",
    "topics": "Comma-separated, e.g. trade, investment.",
    "rate_pct": "A number, e.g. 25 or 2.5.",
    "target": "A country, or * for all partners.",
    "country": "The country whose office it is.",
}


def correction_view(form: CorrectionForm, context: CardContext) -> dict:
    """The modal for correcting one fact: its fields with current values, Remove, and a note."""
    blocks: list[dict] = [
        {"type": "section", "text": {"type": "mrkdwn", "text": form.summary or " "}},
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": "Change what is wrong. Your correction is kept with your name and "
                    "wins over what Newsdesk reads later, including this article pasted again.",
                }
            ],
        },
    ]
    for f in form.fields:
        blocks.append(_input(f.name, f.label, _element(f), f.optional, HINTS.get(f.name, "")))
    remove = _option(REMOVE, "Remove this fact")
    blocks.append(
        _input(
            REMOVE,
            "Remove",
            {"type": "checkboxes", "action_id": ELEMENT, "options": [remove]},
            True,
            "For a fact the article does not report at all.",
        )
    )
    blocks.append(
        _input(
            NOTE,
            "Note",
            {
                "type": "plain_text_input",
                "action_id": ELEMENT,
                "multiline": True,
                "max_length": NOTE_LIMIT,
            },
            True,
            "Why, or where the right fact is (optional).",
        )
    )
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "title": plain(form.title, 24),
        "submit": plain("Save", 24),
        "close": plain("Cancel", 24),
        "private_metadata": context.dumps(),
        "blocks": blocks,
    }


def _state_value(state: dict):
    """One input's value as apply_correction takes it: text, a date, a choice, or a list."""
    kind = state.get("type")
    if kind == "datepicker":
        return state.get("selected_date")
    if kind == "static_select":
        return (state.get("selected_option") or {}).get("value")
    if kind == "checkboxes":
        return [o.get("value") for o in state.get("selected_options") or []]
    return state.get("value") or ""


def submitted_values(view: dict, fields: list[str] | None = None) -> dict:
    """The values of a submitted correction modal, by field name (plus ``remove`` and ``note``).

    Only the form's ``fields`` (when given) and remove/note are read.

    >>> view = {"state": {"values": {
    ...     "rate_pct": {"value": {"type": "plain_text_input", "value": "26"}},
    ...     "effective": {"value": {"type": "datepicker", "selected_date": None}},
    ...     "status": {"value": {"type": "static_select", "selected_option": {"value": "paused"}}},
    ...     "remove": {"value": {"type": "checkboxes", "selected_options": []}},
    ...     "note": {"value": {"type": "plain_text_input", "value": None}}}}}
    >>> submitted_values(view)
    {'rate_pct': '26', 'effective': None, 'status': 'paused', 'remove': [], 'note': ''}
    """
    wanted = None if fields is None else {*fields, REMOVE, NOTE}
    values = {}
    for block_id, inputs in ((view.get("state") or {}).get("values") or {}).items():
        if wanted is not None and block_id not in wanted:
            continue
        state = (inputs or {}).get(ELEMENT)
        if isinstance(state, dict):
            values[block_id] = _state_value(state)
    return values


def view_errors(errors: dict[str, str], view: dict) -> dict[str, str]:
    """Errors keyed by the input block they belong to (any other goes to the first input)."""
    inputs = [b["block_id"] for b in view.get("blocks") or [] if b.get("type") == "input"]
    out: dict[str, str] = {}
    for name, message in errors.items():
        block_id = name if name in inputs else (inputs[0] if inputs else name)
        text = shorten(message, MAX_ERROR)
        out[block_id] = f"{out[block_id]} {text}" if block_id in out else text
    return out
