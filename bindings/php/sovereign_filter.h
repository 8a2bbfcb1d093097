#define FFI_SCOPE "SOVEREIGN_FILTER"
#define FFI_LIB "libsovereign_filter.so"

/*
 * FFI-compatible copy of include/sovereign_filter.h (PHP's FFI parser has no preprocessor).
 * Only typedefs, the status enum and the prototypes. Keep in sync: tests/HeaderSyncTest.php
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
    SF_E_INTERNAL
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

void *sf_buffer_data(const sf_buffer *buffer);
size_t sf_buffer_len(const sf_buffer *buffer);
void sf_buffer_free(sf_buffer *buffer);
