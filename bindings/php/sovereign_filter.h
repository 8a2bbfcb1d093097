#define FFI_SCOPE "SOVEREIGN_FILTER"
#define FFI_LIB "libsovereign_filter.so"

/*
 * FFI-compatible copy of include/sovereign_filter.h (PHP's FFI parser has no preprocessor).
 * Only typedefs, the status and verdict enums and the prototypes. Keep in sync: tests/HeaderSyncTest.php
 * fails when a function or status of the C header is missing here.
 *
 * Deliberate difference: sf_buffer_data returns void * here (same ABI). PHP FFI turns a returned
 * "const char *" into a PHP string by reading up to the first NUL byte, which would cut the
 * (non NUL-terminated, possibly NUL-containing) buffer; with void * we get the pointer and
 * copy exactly sf_buffer_len() bytes with FFI::string().
 */

typedef struct sf_engine sf_engine;
typedef struct sf_session sf_session;
typedef struct sf_buffer sf_buffer;
typedef struct sf_stream sf_stream;

typedef enum {
    SF_OK = 0,
    SF_BLOCKED,
    SF_E_INVALID_ARGUMENT,
    SF_E_INVALID_UTF8,
    SF_E_POLICY,
    SF_E_LIMIT,
    SF_E_TOO_LARGE,
    SF_E_DISABLED,
    SF_E_NOMEM,
    SF_E_INTERNAL,
    SF_E_SESSION_FULL
} sf_status;

const char *sf_version(void);
int sf_version_number(void);
const char *sf_status_name(sf_status status);

sf_status sf_engine_new(const char *policy_json, size_t len, sf_engine **out, sf_buffer **error);
void sf_engine_free(sf_engine *engine);

sf_status sf_scan(const sf_engine *engine, const char *text, size_t len, sf_buffer **findings_json);

sf_status sf_redact(const sf_engine *engine, sf_session *session, const char *text, size_t len,
                    sf_buffer **out_text, sf_buffer **findings_json);

sf_session *sf_session_new(const sf_engine *engine);
void sf_session_free(sf_session *session);

sf_status sf_restore(const sf_session *session, const char *text, size_t len, sf_buffer **out_text);

sf_status sf_session_export(const sf_session *session, sf_buffer **sealed);
sf_status sf_session_import(const sf_engine *engine, const char *sealed, size_t len, sf_session **out);

typedef enum { SF_VERDICT_ALLOW = 0, SF_VERDICT_REDACT = 1, SF_VERDICT_BLOCK = 2 } sf_verdict;

sf_status sf_check_output(const sf_engine *engine, sf_session *session, const char *text, size_t len, sf_buffer **result_json);
sf_status sf_check_prompt(const sf_engine *engine, const char *text, size_t len, sf_buffer **result_json);

sf_status sf_session_canary(sf_session *session, sf_buffer **canary);
sf_status sf_session_set_system_prompt(sf_session *session, const char *text, size_t len);

sf_stream *sf_stream_new(const sf_engine *engine, sf_session *session);
sf_status sf_stream_push(sf_stream *stream, const char *chunk, size_t len, sf_buffer **out_text);
sf_status sf_stream_finish(sf_stream *stream, sf_buffer **out_text, sf_verdict *verdict);
void sf_stream_free(sf_stream *stream);

int sf_engine_killed(const sf_engine *engine, const char *feature, size_t len);
sf_status sf_kill_switch_set(const sf_engine *engine, int on, const char *feature, size_t feature_len, const char *reason, size_t reason_len, const char *by, size_t by_len);
sf_status sf_session_set_feature(sf_session *session, const char *name, size_t len);
void *sf_buffer_data(const sf_buffer *buffer);
size_t sf_buffer_len(const sf_buffer *buffer);
void sf_buffer_free(sf_buffer *buffer);
