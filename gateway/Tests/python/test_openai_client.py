"""sovereign-gateway end to end with the official `openai` client (issue 14, items 1, 2, 3 and 6).

Every test asserts on two things: what the recording stand-in upstream received (no customer value, raw
or folded) and what the client got (its own values restored; nobody else's, no secret).
"""
from __future__ import annotations

import json
import re
import uuid

import httpx2 as httpx  # the HTTP library of the pinned openai client (its successor of httpx)
import openai
import pytest

from conftest import (NO_AUTH, assert_no_leak, chat_echo, chat_fixed, chat_tool, fold, json_body, leaked,
                      plain_text, responses_echo, responses_text, responses_tool)

ANNA_NAME = "Anna Weber"
ANNA_EMAIL = "anna.weber@example.de"
ANNA_CARD = "4111 1111 1111 1111"
ANNA_VALUES = [ANNA_EMAIL, ANNA_CARD, "4111111111111111", ANNA_NAME]
ANNA_SAYS = f"I am {ANNA_NAME}, {ANNA_EMAIL}, card {ANNA_CARD}"

BOB_EMAIL = "bob.miller@example.org"
OTHER_CARD = "5500 0000 0000 0004"
AWS_KEY = "AKIAZ3MHJ2EXQ7T4PL6W"


def sid() -> str:
    return "t-" + uuid.uuid4().hex[:12]


def chat(client, text: str, session: str | None = None, headers: dict | None = None, **kw):
    """Chat completion through the raw-response wrapper: (response headers, parsed completion)."""
    h = dict(headers or {})
    if session is not None:
        h["x-session-id"] = session
    raw = client.chat.completions.with_raw_response.create(
        model="m", messages=[{"role": "user", "content": text}], extra_headers=h, **kw)
    return raw.headers, raw.parse()


def content(completion) -> str:
    return completion.choices[0].message.content or ""


def placeholder(upstream, kind: str) -> str:
    """The placeholder of one kind (EMAIL, CREDIT_CARD, ...) in the last request the upstream received."""
    found = [p for p in upstream.placeholders() if p.startswith(f"<{kind}_")]
    assert found, f"no <{kind}_n> placeholder in what the upstream received:\n{upstream.last().text}"
    return found[0]


def token_bits(token: str) -> int:
    """Bits of an issued session id, read as hex when it is all hex, else as base64 (6 bits a character)."""
    body = re.sub(r"^[A-Za-z]+_", "", token)  # a type prefix such as sfs_
    if re.fullmatch(r"[0-9a-fA-F]+", body):
        return 4 * len(body)
    if re.fullmatch(r"[A-Za-z0-9_\-+/=.]+", body):
        return 6 * len(body.rstrip("="))
    return 0


def client_stream_text(events: list) -> str:
    """What a client can read from Responses stream events: each event whole, and the deltas of each kind
    put together (a value cut across events is only whole there)."""
    parts = [e.to_json() for e in events]
    for kind in ("response.output_text.delta", "response.function_call_arguments.delta"):
        parts.append("".join(e.delta for e in events if e.type == kind))
    return "\n".join(parts)


# ----------------------------------------------------------------------------------------------------
# a) Two callers, one session id


def test_a_owner_request_pseudonymized_and_restored(gateway, upstream):
    """Caller A's values never reach the upstream; A's own echo comes back with them restored."""
    a = gateway.client("key-A")
    _, reply = chat(a, ANNA_SAYS, session=sid())
    upstream.assert_no_leak(ANNA_VALUES)
    assert content(reply) == "You said: " + ANNA_SAYS


def test_a_owner_stream_restored(gateway, upstream):
    """The same with a streamed chat reply (the stand-in cuts it every 3 bytes, so pseudonyms arrive split)."""
    a = gateway.client("key-A")
    stream = a.chat.completions.create(model="m", messages=[{"role": "user", "content": ANNA_SAYS}], stream=True,
                                       extra_headers={"x-session-id": sid()})
    text = "".join(ch.choices[0].delta.content or "" for ch in stream if ch.choices)
    upstream.assert_no_leak(ANNA_VALUES)
    assert text == "You said: " + ANNA_SAYS


def test_a_two_callers_one_session_id_vault_bound_to_caller(gateway, upstream):
    a, b = gateway.client("key-A"), gateway.client("key-B")
    chat(a, ANNA_SAYS, session="conv-42")
    upstream.assert_no_leak(ANNA_VALUES)
    received = upstream.last()
    tokens = upstream.placeholders(received)
    assert any(t.startswith("<EMAIL_") for t in tokens) and any(t.startswith("<CREDIT_CARD_") for t in tokens), \
        f"expected e-mail and card placeholders upstream, got {tokens}:\n{received.text}"
    # The model answers with the placeholders A's request used, exactly as the upstream received them.
    answer = "Your details: " + " ".join(tokens)
    upstream.mode = chat_fixed(answer)

    _, reply_b = chat(b, "what do you know about me?", session="conv-42")
    assert_no_leak(ANNA_VALUES, content(reply_b), "caller B's reply (other Authorization, same x-session-id)")

    _, reply_a = chat(a, "and what do you know about me?", session="conv-42")
    got = content(reply_a)
    assert ANNA_EMAIL in got and fold(ANNA_CARD) in fold(got), f"A's own values not restored for A: {got!r}"
    if any(t.startswith("<PERSON_") for t in tokens):
        assert ANNA_NAME in got, f"A's name not restored for A: {got!r}"


def test_a_identity_header_separates_callers_with_one_shop_key(gateway_identity_header, upstream):
    """--identity-header x-user-id: one shop-wide key, the front proxy names the shopper; the header is
    never forwarded upstream."""
    gw = gateway_identity_header
    shop = gw.client("shop-wide-key")
    session = sid()
    chat(shop, ANNA_SAYS, session=session, headers={"x-user-id": "alice"})
    upstream.assert_no_leak(ANNA_VALUES)
    tokens = upstream.placeholders()
    assert tokens, f"no placeholders upstream:\n{upstream.last().text}"
    upstream.mode = chat_fixed("Your details: " + " ".join(tokens))

    _, reply_bob = chat(shop, "who am I?", session=session, headers={"x-user-id": "bob"})
    assert_no_leak(ANNA_VALUES, content(reply_bob), "bob's reply (same key and session id, other x-user-id)")
    _, reply_alice = chat(shop, "who am I?", session=session, headers={"x-user-id": "alice"})
    assert ANNA_EMAIL in content(reply_alice), f"alice's values not restored for alice: {content(reply_alice)!r}"
    for r in upstream.posts():
        assert "x-user-id" not in r.headers, f"identity header forwarded upstream: {r.headers}"


# ----------------------------------------------------------------------------------------------------
# b) No identity at all: the gateway issues the session ids


CARLA_EMAIL = "carla.rossi@example.it"


def test_b_no_identity_issued_session_ids(gateway, upstream):
    c = gateway.client(None)
    h1, r1 = chat(c, f"my e-mail is {CARLA_EMAIL}", headers=NO_AUTH)
    received = upstream.last()
    assert "authorization" not in received.headers, "harness: the request was meant to carry no Authorization"
    upstream.assert_no_leak([CARLA_EMAIL])
    assert content(r1) == f"You said: my e-mail is {CARLA_EMAIL}"
    issued = h1.get("x-session-id")
    assert issued, f"no x-session-id response header; headers: {dict(h1)}"
    assert token_bits(issued) >= 128, f"issued session id too short to hold 128 random bits: {issued!r}"
    p = placeholder(upstream, "EMAIL")
    upstream.mode = chat_fixed(f"I will write to {p}")

    # Sending the issued id back continues the conversation.
    h2, r2 = chat(c, "where will you write?", session=issued, headers=NO_AUTH)
    assert CARLA_EMAIL in content(r2), f"issued session id did not continue the vault: {content(r2)!r}"

    # A client-chosen id opens a fresh vault under a newly issued id.
    h3, r3 = chat(c, "where will you write?", session="conv-42", headers=NO_AUTH)
    assert_no_leak([CARLA_EMAIL], content(r3), "reply to a client-invented session id")
    fresh = h3.get("x-session-id")
    assert fresh and fresh != "conv-42" and fresh != issued, \
        f"expected a newly issued x-session-id, got {fresh!r} (first issued {issued!r})"
    assert token_bits(fresh) >= 128, f"issued session id too short: {fresh!r}"

    # Each conversation without an id gets its own issued id.
    h4, _ = chat(c, "hello", headers=NO_AUTH)
    assert h4.get("x-session-id") not in (None, issued, fresh), f"issued ids repeat: {h4.get('x-session-id')!r}"


def test_b_no_identity_forged_session_id_opens_fresh_vault(gateway, upstream):
    c = gateway.client(None)
    h1, _ = chat(c, f"my e-mail is {CARLA_EMAIL}", headers=NO_AUTH)
    issued = h1.get("x-session-id")
    assert issued, f"no x-session-id response header; headers: {dict(h1)}"
    upstream.mode = chat_fixed(f"I will write to {placeholder(upstream, 'EMAIL')}")
    i = len(issued) // 2 + 2  # a character in the middle: random part or MAC, never unused padding bits
    ch = issued[i]
    forged = issued[:i] + ("1" if ch != "1" else "2") + issued[i + 1:]
    h2, r2 = chat(c, "where will you write?", session=forged, headers=NO_AUTH)
    assert_no_leak([CARLA_EMAIL], content(r2), f"reply to a forged session id {forged!r}")
    assert h2.get("x-session-id") not in (None, forged, issued), f"forged id not replaced: {h2.get('x-session-id')!r}"


# ----------------------------------------------------------------------------------------------------
# c) Responses API: input forms, plain and streamed

INSTRUCTIONS = "You are a shop assistant."
ORDER_TEXT = f"Please send the invoice to {ANNA_EMAIL}, I paid with {ANNA_CARD}."


def test_c_responses_plain_string_input(gateway, upstream):
    upstream.mode = responses_echo()
    r = gateway.client("key-A").responses.create(model="m", input=ORDER_TEXT, instructions=INSTRUCTIONS,
                                                 extra_headers={"x-session-id": sid()})
    upstream.assert_no_leak([ANNA_EMAIL, ANNA_CARD])
    assert upstream.last().path.endswith("/responses")
    assert r.output_text == "You said: " + ORDER_TEXT
    assert r.instructions == INSTRUCTIONS


def test_c_responses_message_items_input(gateway, upstream):
    upstream.mode = responses_echo()
    r = gateway.client("key-A").responses.create(
        model="m", instructions=INSTRUCTIONS, extra_headers={"x-session-id": sid()},
        input=[{"role": "user", "content": [{"type": "input_text", "text": ORDER_TEXT}]}])
    upstream.assert_no_leak([ANNA_EMAIL, ANNA_CARD])
    assert r.output_text == "You said: " + ORDER_TEXT


def test_c_responses_function_call_output_input(gateway, upstream):
    upstream.mode = responses_echo("")
    record = {"customer_email": ANNA_EMAIL, "card": ANNA_CARD, "status": "shipped"}
    r = gateway.client("key-A").responses.create(
        model="m", instructions=INSTRUCTIONS, extra_headers={"x-session-id": sid()},
        input=[{"role": "user", "content": [{"type": "input_text", "text": "where is my parcel?"}]},
               {"type": "function_call", "call_id": "call_1", "name": "lookup_order", "arguments": "{}"},
               {"type": "function_call_output", "call_id": "call_1", "output": json.dumps(record)}])
    upstream.assert_no_leak([ANNA_EMAIL, ANNA_CARD, "4111111111111111"])
    try:
        got = json.loads(r.output_text)
    except ValueError:
        pytest.fail(f"echoed tool output is no longer JSON: {r.output_text!r}")
    assert got == record


@pytest.mark.parametrize("chunk", [3, 1], ids=["3-byte-events", "1-char-events"])
def test_c_responses_streamed(gateway, upstream, chunk):
    upstream.mode = responses_echo(chunk=chunk)
    expected = "You said: " + ORDER_TEXT
    stream = gateway.client("key-A").responses.create(model="m", input=ORDER_TEXT, instructions=INSTRUCTIONS,
                                                      stream=True, extra_headers={"x-session-id": sid()})
    deltas, done_text, completed = [], None, None
    for ev in stream:
        if ev.type == "response.output_text.delta":
            deltas.append(ev.delta)
        elif ev.type == "response.output_text.done":
            done_text = ev.text
        elif ev.type == "response.completed":
            completed = ev.response
    upstream.assert_no_leak([ANNA_EMAIL, ANNA_CARD])
    assert "".join(deltas) == expected, f"deltas: {deltas!r}"
    assert done_text == expected
    assert completed is not None, "no response.completed event"
    assert completed.output_text == expected


def test_c_responses_previous_response_id_continues_vault_for_owner_only(gateway, upstream):
    """No x-session-id: previous_response_id continues the vault that answered it, for the same identity."""
    upstream.mode = responses_echo()
    a = gateway.client("key-A")
    first = a.responses.create(model="m", input=ORDER_TEXT)
    upstream.assert_no_leak([ANNA_EMAIL, ANNA_CARD])
    assert first.output_text == "You said: " + ORDER_TEXT
    upstream.mode = responses_text(f"Sending the invoice to {placeholder(upstream, 'EMAIL')}")

    other = gateway.client("key-B").responses.create(model="m", input="where to?", previous_response_id=first.id)
    assert_no_leak([ANNA_EMAIL], other.output_text, "another caller's reply continuing A's response id")
    anon = gateway.client(None).responses.create(model="m", input="where to?", previous_response_id=first.id,
                                                 extra_headers=NO_AUTH)
    assert_no_leak([ANNA_EMAIL], anon.output_text, "a caller without identity continuing A's response id")
    mine = a.responses.create(model="m", input="where to?", previous_response_id=first.id)
    assert ANNA_EMAIL in mine.output_text, f"A's conversation not continued: {mine.output_text!r}"


# ----------------------------------------------------------------------------------------------------
# d) Responses tool call: arguments restored


def email_args(rec) -> str:
    found = re.findall(r"<EMAIL_\d+>", rec.text)
    return json.dumps({"to": found[0] if found else "NO-PLACEHOLDER-RECEIVED"})


def test_d_responses_tool_call_arguments_restored(gateway, upstream):
    upstream.mode = responses_tool("send_mail", email_args)
    r = gateway.client("key-A").responses.create(model="m", input=f"mail my invoice to {ANNA_EMAIL}",
                                                 extra_headers={"x-session-id": sid()})
    upstream.assert_no_leak([ANNA_EMAIL])
    assert "<EMAIL_" in upstream.last().text, "harness: expected an <EMAIL_n> placeholder upstream"
    calls = [o for o in r.output if o.type == "function_call"]
    assert calls, f"no function_call in the reply: {r.output!r}"
    assert calls[0].name == "send_mail"
    assert json.loads(calls[0].arguments) == {"to": ANNA_EMAIL}, calls[0].arguments


@pytest.mark.parametrize("chunk", [3, 1], ids=["3-byte-events", "1-char-events"])
def test_d_responses_tool_call_streamed(gateway, upstream, chunk):
    upstream.mode = responses_tool("send_mail", email_args, chunk)
    stream = gateway.client("key-A").responses.create(model="m", input=f"mail my invoice to {ANNA_EMAIL}",
                                                      stream=True, extra_headers={"x-session-id": sid()})
    deltas, done_args, item_done, completed = [], None, None, None
    for ev in stream:
        if ev.type == "response.function_call_arguments.delta":
            deltas.append(ev.delta)
        elif ev.type == "response.function_call_arguments.done":
            done_args = ev.arguments
        elif ev.type == "response.output_item.done":
            item_done = ev.item
        elif ev.type == "response.completed":
            completed = ev.response
    upstream.assert_no_leak([ANNA_EMAIL])
    want = {"to": ANNA_EMAIL}
    assert json.loads("".join(deltas)) == want, f"deltas: {deltas!r}"
    assert done_args is not None and json.loads(done_args) == want, done_args
    assert item_done is not None and json.loads(item_done.arguments) == want
    assert completed is not None and json.loads(completed.output[0].arguments) == want


def test_d_chat_tool_call_arguments_restored(gateway, upstream):
    """Chat completions: a tool call whose arguments echo the user's text, plain and streamed."""
    upstream.mode = chat_tool("send_mail")
    c = gateway.client("key-A")
    _, r = chat(c, ANNA_SAYS, session=sid())
    upstream.assert_no_leak(ANNA_VALUES)
    assert json.loads(r.choices[0].message.tool_calls[0].function.arguments) == {"text": ANNA_SAYS}
    stream = c.chat.completions.create(model="m", messages=[{"role": "user", "content": ANNA_SAYS}], stream=True,
                                       extra_headers={"x-session-id": sid()})
    args = "".join(tc.function.arguments or "" for ch in stream if ch.choices
                   for tc in (ch.choices[0].delta.tool_calls or []) if tc.function)
    assert json.loads(args) == {"text": ANNA_SAYS}


# ----------------------------------------------------------------------------------------------------
# e) Another customer's data or a secret in the model's answer


def test_e_responses_foreign_email_redacted_plain(gateway, upstream):
    upstream.mode = responses_text(f"Write to {BOB_EMAIL}")
    r = gateway.client("key-A").responses.create(model="m", input="whom should I write to?",
                                                 extra_headers={"x-session-id": sid()})
    assert_no_leak([BOB_EMAIL], r.to_json(), "the client's Responses reply")
    assert r.output_text.startswith("Write to"), r.output_text


def test_e_responses_foreign_email_redacted_streamed(gateway, upstream):
    upstream.mode = responses_text(f"Write to {BOB_EMAIL}")
    stream = gateway.client("key-A").responses.create(model="m", input="whom should I write to?", stream=True,
                                                      extra_headers={"x-session-id": sid()})
    events = []
    for ev in stream:
        events.append(ev)
    assert_no_leak([BOB_EMAIL], client_stream_text(events), "what the client's Responses stream held")
    assert any(e.type == "response.completed" for e in events), "stream did not complete"


def test_e_responses_foreign_card_split_one_char_per_event(gateway, upstream):
    upstream.mode = responses_text(f"Charge card {OTHER_CARD} now", chunk=1)
    stream = gateway.client("key-A").responses.create(model="m", input="which card?", stream=True,
                                                      extra_headers={"x-session-id": sid()})
    events = list(stream)
    assert any(e.type == "response.completed" for e in events), "stream did not complete"
    assert_no_leak([OTHER_CARD, "5500000000000004"], client_stream_text(events), "what the client's stream held")


def test_e_responses_secret_withheld_plain(gateway, upstream):
    upstream.mode = responses_text(f"Use the key {AWS_KEY} to log in.")
    with pytest.raises(openai.BadRequestError) as err:
        gateway.client("key-A").responses.create(model="m", input="how do I log in?",
                                                 extra_headers={"x-session-id": sid()})
    assert_no_leak([AWS_KEY], err.value.response.text, "the error reply")


def test_e_responses_secret_withheld_streamed(gateway, upstream):
    upstream.mode = responses_text(f"Use the key {AWS_KEY} to log in.")
    seen: list = []
    with pytest.raises(openai.APIError):
        stream = gateway.client("key-A").responses.create(model="m", input="how do I log in?", stream=True,
                                                          extra_headers={"x-session-id": sid()})
        for ev in stream:
            seen.append(ev)
    assert_no_leak([AWS_KEY], client_stream_text(seen), "the events the client got before the error")


def test_e_chat_secret_and_foreign_email_baseline(gateway, upstream):
    """Chat completions (already covered by the Swift tests): the same answers, as a control."""
    c = gateway.client("key-A")
    upstream.mode = chat_fixed(f"Write to {BOB_EMAIL}")
    _, r = chat(c, "whom should I write to?", session=sid())
    assert_no_leak([BOB_EMAIL], content(r), "chat reply")
    upstream.mode = chat_fixed(f"Use the key {AWS_KEY} to log in.")
    with pytest.raises(openai.BadRequestError) as err:
        chat(c, "how do I log in?", session=sid())
    assert_no_leak([AWS_KEY], err.value.response.text, "the error reply")


# ----------------------------------------------------------------------------------------------------
# f) A route the gateway does not know


def test_f_unknown_route_json_reply_checked(gateway, upstream):
    upstream.mode = json_body({"result": {"note": f"customer {BOB_EMAIL}, card {OTHER_CARD}"}})
    c = gateway.client("key-A")
    r = c.post("/some/new/endpoint", body={"query": f"orders of {ANNA_EMAIL}"}, cast_to=httpx.Response,
               options={"headers": {"x-session-id": sid()}})
    assert upstream.last().path == "/v1/some/new/endpoint"
    upstream.assert_no_leak([ANNA_EMAIL])
    assert r.status_code == 200, r.text
    assert_no_leak([BOB_EMAIL, OTHER_CARD, "5500000000000004"], r.text, "the client's reply from an unknown route")
    assert "result" in r.json(), r.text


def test_f_unknown_route_unparseable_reply_refused(gateway, upstream):
    upstream.mode = plain_text(f"card {OTHER_CARD}")
    r = httpx.post(gateway.base_url + "/some/new/endpoint", json={"query": "anything"},
                   headers={"authorization": "Bearer key-A", "x-session-id": sid()}, timeout=20)
    assert len(upstream.posts()) == 1, "the request should have been forwarded once"
    assert_no_leak([OTHER_CARD, "5500000000000004"], r.text, "the client's reply")
    assert r.status_code == 502, f"status {r.status_code}: {r.text}"
    try:
        err = r.json()["error"]
    except (ValueError, KeyError, TypeError):
        pytest.fail(f"not an OpenAI-style error body: {r.text!r}")
    assert isinstance(err.get("message"), str), r.text


# ----------------------------------------------------------------------------------------------------
# g) A tool message with escaped JSON

JUERGEN = {"customer": "Jürgen Weißenbach", "ship_to": "Goethestraße 12, 10115 Berlin",
           "email": "juergen.weissenbach@example.de"}
JUERGEN_FORMS = ["Weißenbach", "Wei\\u00dfenbach", "Goethestraße", "Goethestra\\u00dfe", "Goethestra",
                 "juergen.weissenbach", "Jürgen", "J\\u00fcrgen"]


def test_g_tool_message_with_escaped_json(gateway, upstream):
    tool_content = json.dumps(JUERGEN)
    assert "\\u00df" in tool_content  # json.dumps escapes non-ASCII: the case under test
    messages = [
        {"role": "user", "content": "where is my parcel?"},
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "lookup_customer", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": tool_content},
    ]
    upstream.mode = chat_fixed("Your parcel is on its way.")
    gateway.client("key-A").chat.completions.create(model="m", messages=messages,
                                                    extra_headers={"x-session-id": sid()})
    upstream.assert_no_leak(JUERGEN_FORMS)
    sent = upstream.last().json
    assert sent and sent["messages"][2].get("tool_call_id") == "call_1", upstream.last().text


def test_g_user_text_with_literal_json_escapes(gateway, upstream):
    text = "Mein Name ist J\\u00fcrgen Wei\\u00dfenbach"  # backslash escapes typed into the text
    upstream.mode = chat_fixed("Hallo!")
    chat(gateway.client("key-A"), text, session=sid())
    upstream.assert_no_leak(["Wei\\u00dfenbach", "Weißenbach"])


# ----------------------------------------------------------------------------------------------------
# h) Session cap (issue 14 item 6)


def test_h_session_cap_max_session_values_fails_closed(gateway_capped, upstream):
    c = gateway_capped.client("key-A")
    session = sid()
    chat(c, "write to a1@example.com and a2@example.com", session=sid())  # below the cap: forwarded
    assert len(upstream.posts()) == 1
    upstream.reset()
    four = "write to a1@example.com, a2@example.com, a3@example.com and a4@example.com"
    with pytest.raises(openai.APIStatusError) as err:
        chat(c, four, session=session)
    assert 400 <= err.value.status_code < 500, f"status {err.value.status_code}: {err.value.response.text}"
    assert upstream.posts() == [], "the request over the cap went upstream"
    assert_no_leak(["a1@example.com", "a4@example.com"], err.value.response.text, "the error reply")
