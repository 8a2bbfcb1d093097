/*
 * sovereign_filter.h — the C ABI of SovereignFilter, an in-process data-leak firewall for LLM features.
 *
 * This header is the specification. Everything a caller may rely on is written here.
 *
 * CONVENTIONS
 *   - Every function is prefixed sf_. Every handle is opaque.
 *   - Text goes in as (pointer, length) in bytes of UTF-8. It is never NUL-terminated; NUL bytes inside
 *     the text are ordinary characters. A NULL pointer with length 0 is the empty text.
 *   - Every function that can fail returns an sf_status. On any status other than SF_OK, every output
 *     argument is set to NULL: no text is ever handed back after an error (fail closed).
 *   - Buffers returned by the library (sf_buffer) are freed with sf_buffer_free and nothing else.
 *     Their data is NOT NUL-terminated: use sf_buffer_data() with sf_buffer_len().
 *   - Every destructor (sf_engine_free, sf_session_free, sf_stream_free, sf_exchange_free, sf_buffer_free)
 *     accepts NULL as a harmless no-op.
 *   - Byte offsets in findings are UTF-8 byte offsets into the caller's original text, always on
 *     character boundaries, also when detection ran on a normalized view (full-width digits,
 *     zero-width characters, look-alike letters).
 *   - Loading the library starts no threads and does no work (safe to preload in a PHP-FPM master).
 *
 * THREAD SAFETY
 *   - An sf_engine's detection (patterns, tables, policy) is immutable after sf_engine_new; what changes
 *     while it runs (kill switch, inference log, anomaly counters) lives in the state store beside it
 *     and is safe for concurrent use. Any number of threads may call sf_scan, sf_redact,
 *     sf_session_new and sf_session_import on the same engine at the same time.
 *   - An sf_session is used by one thread at a time (the caller serializes). Different sessions may be
 *     used concurrently, also with the same engine.
 *   - sf_buffer objects belong to the caller once returned.
 *   - sf_version, sf_version_number and sf_status_name are always safe.
 *
 * LIMITS (defaults; the policy JSON can change them, see README "Policy")
 *   - Input larger than max_input_bytes (default 64 MiB) is SF_E_TOO_LARGE.
 *   - Every pattern match runs under PCRE2 match/depth/heap limits; hitting one is SF_E_LIMIT, never
 *     "no match": the text was not fully scanned and nothing is returned.
 *   - A session holds at most max_session_values (default 10000) distinct values. An sf_redact that would
 *     add values beyond it is SF_E_SESSION_FULL (checked before any operator runs: the vault is unchanged,
 *     values it already holds still pseudonymize at the cap); sf_session_import of a sealed vault holding
 *     more values than the importing engine's cap is SF_E_SESSION_FULL too. Start a new session then.
 *
 * FFI (PHP): FFI_SCOPE and FFI_LIB below let `ffi.preload` load this header directly.
 */
#define FFI_SCOPE "SOVEREIGN_FILTER"
#define FFI_LIB "libsovereign_filter.so"

#ifndef SOVEREIGN_FILTER_H
#define SOVEREIGN_FILTER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Version of this header: major * 10000 + minor * 100 + patch. Compare with sf_version_number()
 * at run time: a library with a different major version must not be used. */
#define SF_VERSION_MAJOR 0
#define SF_VERSION_MINOR 1
#define SF_VERSION_PATCH 0
#define SF_VERSION_NUMBER 100
#define SF_VERSION_STRING "0.1.0"

typedef struct sf_engine sf_engine;
typedef struct sf_session sf_session;
typedef struct sf_buffer sf_buffer;
typedef struct sf_stream sf_stream;

typedef enum {
    SF_OK = 0,               /* success */
    SF_BLOCKED,              /* a policy operator says "block": the text must not be sent; no output */
    SF_E_INVALID_ARGUMENT,   /* NULL where a value is required, tampered or foreign sealed session */
    SF_E_INVALID_UTF8,       /* the text is not valid UTF-8 */
    SF_E_POLICY,             /* the policy JSON is malformed, or a custom regex is refused */
    SF_E_LIMIT,              /* a pattern hit its match/depth/heap limit: text not fully scanned */
    SF_E_TOO_LARGE,          /* the text exceeds the policy's max_input_bytes */
    SF_E_DISABLED,           /* the kill switch is on */
    SF_E_NOMEM,              /* out of memory */
    SF_E_INTERNAL,           /* a bug or an unexpected failure inside the library */
    SF_E_SESSION_FULL,       /* the session's vault would exceed the policy's max_session_values: nothing
                                was pseudonymized, the vault is unchanged, no text (added in 0.1: append-only) */
    SF_E_REGION              /* a sealed session or vault of another region (policy "region"), or of none
                                to an engine that serves one: refused even under the same key (append-only) */
} sf_status;

/* Library version as a string ("0.1.0"), static storage, never freed. */
const char *sf_version(void);
/* Library version as SF_VERSION_NUMBER computes it. */
int sf_version_number(void);
/* The name of a status ("SF_OK", "SF_E_POLICY", ...), static storage; "SF_UNKNOWN" for other values. */
const char *sf_status_name(sf_status status);

/* Builds an engine from a policy JSON document (policy_json NULL and len 0: the built-in default policy):
 * the detection engine and, around it, the policy's kill switch, inference log and anomaly detector in
 * its state store (the state directory: state_dir, else $SOVEREIGN_FILTER_STATE_DIR). Nothing is written
 * until a guarded call or sf_kill_switch_set needs it.
 * On SF_E_POLICY, *error (if error is not NULL) receives a buffer with a message naming the field or
 * pattern and why; free it with sf_buffer_free. *out is set on SF_OK only. */
sf_status sf_engine_new(const char *policy_json, size_t len, sf_engine **out, sf_buffer **error);
void sf_engine_free(sf_engine *engine);

/* Finds PII and secrets. *findings_json receives {"spans":[{"start":B,"end":B,"type":"EMAIL","score":0.95},...]}
 * with UTF-8 byte offsets into text, sorted and non-overlapping. */
sf_status sf_scan(const sf_engine *engine, const char *text, size_t len, sf_buffer **findings_json);

/* Replaces each finding by its policy operator (redact, mask, hash, pseudonymize). With a session the
 * default operator is pseudonymize (<EMAIL_1>, restorable with sf_restore); without one it is redact
 * ([EMAIL]). findings_json may be NULL. Returns SF_BLOCKED (and no text) when an operator is "block", and
 * SF_E_SESSION_FULL (no text, vault unchanged) when the session would exceed max_session_values. */
sf_status sf_redact(const sf_engine *engine, sf_session *session, const char *text, size_t len,
                    sf_buffer **out_text, sf_buffer **findings_json);

/* A new, empty pseudonym vault for one conversation. NULL if engine is NULL or memory is exhausted. */
sf_session *sf_session_new(const sf_engine *engine);
void sf_session_free(sf_session *session);

/* Replaces the session's pseudonyms (<EMAIL_1>, ...) in text (typically the model's reply) by the
 * original values. Text without pseudonyms comes back unchanged. Text over the engine's
 * max_input_bytes is SF_E_TOO_LARGE, invalid UTF-8 SF_E_INVALID_UTF8 (out_text stays NULL). */
sf_status sf_restore(const sf_session *session, const char *text, size_t len, sf_buffer **out_text);

/* Seals the session's vault (encrypted and authenticated, ChaCha20-Poly1305) so a web farm can keep
 * it in its session store. The key comes from the policy's "session_key" or the environment variable
 * SOVEREIGN_FILTER_SESSION_KEY; without either, a random per-process key is used (then only this
 * process can import it). The sealed blob is printable ASCII. */
sf_status sf_session_export(const sf_session *session, sf_buffer **sealed);
/* Opens a sealed vault. A tampered, truncated or foreign blob is SF_E_INVALID_ARGUMENT; a vault holding more
 * values than the engine's max_session_values is SF_E_SESSION_FULL. */
sf_status sf_session_import(const sf_engine *engine, const char *sealed, size_t len, sf_session **out);
/* Keeps the session's vault in the engine's state store instead of the caller's own session storage: the
 * fleet's Redis when the policy names one ("redis", or $SOVEREIGN_FILTER_REDIS_URL), else the state
 * directory. scope (1..4096 bytes) names the caller and the conversation (e.g. "customer:42/chat:7"); the
 * store sees only a keyed hash of it. The vault is sealed as by sf_session_export (share "session_key"
 * across the fleet), bound to the scope's name, and expires ttl_seconds (1..31622400) after this write.
 * SF_E_INTERNAL when the store cannot be reached (nothing written); SF_E_SESSION_FULL beyond 8 MiB. */
sf_status sf_vault_put(const sf_engine *engine, const sf_session *session, const char *scope, size_t scope_len,
                        int ttl_seconds);
/* The vault saved under scope, or a new empty session when there is none or it expired (*out set on SF_OK
 * only). A stored value that does not open under this scope and key is SF_E_INVALID_ARGUMENT; SF_E_INTERNAL
 * when the store cannot be reached. Set the session's feature again (sf_session_set_feature). */
sf_status sf_vault_get(const sf_engine *engine, const char *scope, size_t scope_len, sf_session **out);

/* ---- Guards: model replies and customer prompts ------------------------------------------------ */

typedef enum { SF_VERDICT_ALLOW = 0, SF_VERDICT_REDACT = 1, SF_VERDICT_BLOCK = 2 } sf_verdict;

/* Checks a model reply before the customer sees it: restores the session's pseudonyms (the customer's
 * own values are not leaks), redacts PII the customer did not give (another customer's e-mail, a card),
 * blocks on secrets, on a policy "block" operator, on a canary or an echo of the registered system
 * prompt. session may be NULL. *result_json receives
 *   {"verdict": "allow"|"redact"|"block", "text": "...", "reasons": [{"type": "EMAIL", "start": B, "end": B} | {"rule": "canary"}]}
 * SF_OK also for a block verdict: then "text" is empty. Show "text", never the input. The reasons' offsets
 * are byte offsets into the RESTORED reply (the input with the session's pseudonyms put back). */
sf_status sf_check_output(const sf_engine *engine, sf_session *session, const char *text, size_t len, sf_buffer **result_json);

/* Scores a customer prompt for injection and extraction attempts (instruction override, role play,
 * system-prompt extraction, bulk data extraction, encoded payloads; en/de/fr, after normalization).
 * *result_json receives {"verdict": "allow"|"block", "risk": 0.93, "rules": ["override.ignore_previous", ...]};
 * the block threshold is the policy's "prompt_threshold" (default 0.7). "rules" names every signal that fired:
 * a PCRE2 rule's id, an intent of the lexicon ("intent.<name>"), "encoding.<kind>" for a decoded payload
 * that is itself an attack, and "scorer.learned" when the learned scorer (a linear model over hashed word
 * and character n-grams, weight 0.9: a block at the default threshold) scores the text at or above its
 * threshold. */
sf_status sf_check_prompt(const sf_engine *engine, const char *text, size_t len, sf_buffer **result_json);

/* A random canary marker for the system prompt ("sf-canary-<16 hex>"); a reply containing it is blocked. */
sf_status sf_session_canary(sf_session *session, sf_buffer **canary);
/* Registers the system prompt: a reply repeating any 32-byte stretch of it (case and spacing folded) is blocked.
 * A prompt shorter than 32 bytes protects nothing and is refused with SF_E_INVALID_ARGUMENT. Canaries and the
 * registered system prompt travel with sf_session_export/sf_session_import. */
sf_status sf_session_set_system_prompt(sf_session *session, const char *text, size_t len);

/* Streaming replies: push chunks as they arrive (any split, also inside a UTF-8 character); each push
 * returns what is safe to show now, exactly what sf_check_output gives for the whole text, holding back
 * only a short tail (256 bytes) where a pseudonym, a card number or a canary may still be completing.
 * A push or finish returning SF_BLOCKED means: stop, show a refusal; nothing unsafe was returned before.
 * session may be NULL. A stream is used by one thread at a time; it keeps its engine and session alive.
 * sf_stream_new returns NULL for a NULL engine, when the kill switch is on for the session's feature
 * (check sf_engine_killed) or when memory is exhausted. Every returned piece is whole UTF-8 characters.
 * A push or finish after a finish is SF_E_INVALID_ARGUMENT. */
sf_stream *sf_stream_new(const sf_engine *engine, sf_session *session);
sf_status sf_stream_push(sf_stream *stream, const char *chunk, size_t len, sf_buffer **out_text);
sf_status sf_stream_finish(sf_stream *stream, sf_buffer **out_text, sf_verdict *verdict);
void sf_stream_free(sf_stream *stream);

/* ---- The OpenAI protocol: one model call filtered as sovereign-gateway filters it ----------------- */

/* For HTTP clients that make the model call themselves (PHP Guzzle/PSR-18, Python httpx): the request
 * body goes in, the body to send comes out; the reply (whole JSON, or SSE bytes as they arrive) goes in,
 * what the customer may see comes out — by the same rules as the gateway: every string of the request
 * pseudonymized with the session's vault (JSON inside strings too; a policy's json_escapes applies), the
 * customer's text prompt-checked, every string of a JSON reply restored and output-checked, SSE events
 * (chat deltas, Responses API events) through the streaming guard, a reply that is not JSON refused.
 * The session is the conversation's vault: keep one per logged-in customer and conversation, never
 * under an id the shopper can choose. Kill switch and inference log use the session's feature.
 * One exchange per HTTP request; used by one thread at a time; it keeps its engine and session alive. */
typedef struct sf_exchange sf_exchange;

/* path: the request path, e.g. "/v1/chat/completions", "/v1/responses" (its Responses rules: input,
 * instructions, output items and events), any other path (every string checked). The session must
 * belong to the engine. */
sf_status sf_exchange_new(const sf_engine *engine, sf_session *session, const char *path, size_t path_len,
                          sf_exchange **out);
/* The request body (JSON) → the body to send upstream. SF_BLOCKED: a prompt-injection or extraction
 * attempt, or a policy "block" operator; SF_E_INVALID_ARGUMENT: the body is not JSON; SF_E_SESSION_FULL,
 * SF_E_DISABLED as for sf_redact. On any failure nothing is returned: answer with sf_exchange_error. */
sf_status sf_exchange_request(sf_exchange *exchange, const char *body, size_t len, sf_buffer **out_body);
/* One request header → the value to send upstream. SF_OK with *out_value NULL means: do not send this
 * header. Content negotiation (accept) and authorization pass as they are; the client's own x-* and
 * openai-* headers pass pseudonymized with the session's vault; the session id, forwarding headers
 * (x-forwarded-*, x-real-ip), cookies and every other header stay behind (set your own content-type
 * and user-agent). An identity header your proxy sets must not be passed here. */
sf_status sf_exchange_header(sf_exchange *exchange, const char *name, size_t name_len, const char *value, size_t value_len,
                             sf_buffer **out_value);
/* The query string (without "?") → the one to send: every name and value percent-decoded,
 * pseudonymized and encoded again. */
sf_status sf_exchange_query(sf_exchange *exchange, const char *query, size_t len, sf_buffer **out_query);
/* A whole reply body → what the client may see. A body that is not JSON (a text or HTML page) is
 * SF_E_INVALID_ARGUMENT (502 upstream_unreadable from sf_exchange_error): never pass it on. SF_BLOCKED:
 * the output guard withheld the answer (a secret, a canary, a system-prompt echo, a "block" entity). */
sf_status sf_exchange_reply(sf_exchange *exchange, const char *body, size_t len, sf_buffer **out_body);
/* A streamed (text/event-stream) reply: push upstream bytes as they arrive (any split); each push
 * returns the events that may be sent now (possibly empty). finish at the end of the upstream body
 * returns the rest. SF_BLOCKED (or any failure) mid-stream: send the events sf_exchange_error returns
 * (the error as SSE), then stop; nothing unsafe was returned before. */
sf_status sf_exchange_stream_push(sf_exchange *exchange, const char *bytes, size_t len, sf_buffer **out_events);
sf_status sf_exchange_stream_finish(sf_exchange *exchange, sf_buffer **out_events);
/* After a failed step: the HTTP status and the body to answer with — an OpenAI-style error
 * {"error":{"message","type","code","param"}} (400 sovereign_filter_blocked, 400 invalid_request,
 * 413 session_full, 502 upstream_unreadable, 503 ai_disabled, 500 filter_error), or, after a streamed
 * reply began, the SSE event(s) that end the stream. SF_E_INVALID_ARGUMENT when no step failed. */
sf_status sf_exchange_error(const sf_exchange *exchange, int *http_status, sf_buffer **error_body);
/* What metrics count of the exchange so far (never text): *summary_json receives
 *   {"route":"chat"|"responses"|"other",
 *    "request":{"verdict":"allow"|"redact"|"block"|"","entities":{"EMAIL":1,...},"rules":["override.ignore_previous",...]},
 *    "reply":{"verdict":"allow"|"redact"|"block"|"","entities":{...},"rules":["canary",...]},
 *    "response_id":"resp_..."|null}
 * (the Responses API reply's id once seen; "" until that side was filtered; the reply's once a whole reply was checked or a stream finished or
 * was withheld). The inference log records the same per guarded step. */
sf_status sf_exchange_summary(const sf_exchange *exchange, sf_buffer **summary_json);
void sf_exchange_free(sf_exchange *exchange);

/* ---- Conversation vaults bound to the caller ---------------------------------------------------- */

/* The vault of one conversation of one caller, kept in the engine's state store (the policy's state
 * directory, or the shared store every worker sees), for in-process HTTP clients that carry a
 * conversation over several requests. identity: who the APPLICATION says is calling (a customer id, a
 * session id it trusts), never a value the shopper chooses; session_id: the conversation's id (the
 * client's x-session-id). Both non-empty UTF-8. The vault is named by a keyed hash of the pair and sealed
 * (ChaCha20-Poly1305) under a key derived from that name (from the policy's session_key or
 * $SOVEREIGN_FILTER_SESSION_KEY; without either, per process): the same session id under another identity
 * is another, empty vault, and a vault copied onto another name does not open (SF_E_INVALID_ARGUMENT, never
 * replaced by an empty one). A vault over max_session_values is SF_E_SESSION_FULL.
 * The returned session (an ordinary sf_session: sf_exchange_new, sf_redact, ...) holds the conversation's
 * lock until sf_session_free, so the requests of one conversation run one after another; another open of
 * the same pair waits up to 30 s, then SF_E_INTERNAL. A store that cannot be reached is SF_E_INTERNAL. */
sf_status sf_vault_open(const sf_engine *engine, const char *identity, size_t identity_len,
                        const char *session_id, size_t session_id_len, sf_session **out);
/* The vault of a Responses-API conversation that goes on by previous_response_id without a conversation
 * id: the vault that answered previous_response_id, if THIS identity linked it (sf_vault_link_response);
 * otherwise (no such link, another identity's, an empty id) a new vault under a random name. Same
 * sealing, lock and errors as sf_vault_open. */
sf_status sf_vault_open_response(const sf_engine *engine, const char *identity, size_t identity_len,
                                 const char *previous_response_id, size_t previous_len, sf_session **out);
/* Records that the reply with this response id (sf_exchange_summary's "response_id") came from this vault,
 * for the vault's identity only, so the next request's previous_response_id finds it. A session not from
 * sf_vault_open or sf_vault_open_response, or an empty id, is SF_E_INVALID_ARGUMENT. */
sf_status sf_vault_link_response(sf_session *session, const char *response_id, size_t len);
/* Writes the session back to its vault (sealed; it expires 24 h after the last write). Call it after
 * sf_exchange_request and before the filtered body goes upstream, so no reply can carry a pseudonym the
 * vault forgot. A session not from sf_vault_open is SF_E_INVALID_ARGUMENT. */
sf_status sf_vault_save(sf_session *session);

/* ---- Incident kit: kill switch, features, inference log ----------------------------------------- */

/* 1 when the kill switch is on globally or for the feature (feature NULL/0: global only), else 0; also 1
 * for a NULL engine. Costs a clock read and a comparison: the switch file (killswitch.json in the policy's
 * state_dir, else $SOVEREIGN_FILTER_STATE_DIR, else /var/tmp/sovereign-filter) — or, for a fleet, the Redis
 * key sf:killswitch.json when the policy has "redis" or $SOVEREIGN_FILTER_REDIS_URL is set — is re-read at
 * most every kill_switch_recheck_ms (default 1000). A switch that cannot be read (Redis unreachable, a
 * malformed value) counts as ON; the library then writes one line to standard error. While it is on, the guarded calls (sf_redact, sf_check_prompt,
 * sf_check_output, sf_stream_new/push/finish, sf_exchange_request/reply/stream_push/stream_finish)
 * return SF_E_DISABLED (sf_stream_new: NULL) for the session's feature. */
int sf_engine_killed(const sf_engine *engine, const char *feature, size_t len);
/* Turns the switch on (on != 0) or off, globally (feature NULL/0) or for one feature, recording why and
 * who; written atomically, visible to every process sharing the state directory. The engine is const:
 * the switch lives in the engine's state store (killswitch.json), not in the immutable engine. */
sf_status sf_kill_switch_set(const sf_engine *engine, int on, const char *feature, size_t feature_len,
                             const char *reason, size_t reason_len, const char *by, size_t by_len);
/* Names the feature a session belongs to (letters, digits, _ and -, at most 64; "global" is reserved): the
 * kill switch and the inference log use it. Default "default"; not part of sf_session_export, so set it
 * again after sf_session_import. sf_check_prompt has no session and counts as feature "default".
 * When the policy enables the log, every guarded call appends a hash-chained record (types and counts,
 * rule ids, a keyed hash of the session; never raw text), refusals by the kill switch included. A log
 * that cannot be written makes the guarded calls fail (SF_E_INTERNAL): evidence is never skipped
 * silently. Create the state directory for the web server's user (the library creates missing ones
 * group-writable, setgid). An unreadable or malformed switch file counts as ON. */
sf_status sf_session_set_feature(sf_session *session, const char *name, size_t len);

/* A returned buffer's bytes (not NUL-terminated) and length. NULL buffer: NULL and 0. */
const char *sf_buffer_data(const sf_buffer *buffer);
size_t sf_buffer_len(const sf_buffer *buffer);
void sf_buffer_free(sf_buffer *buffer);

#ifdef __cplusplus
}
#endif
#endif /* SOVEREIGN_FILTER_H */
