// Why this target exists: the core talks to Redis through hiredis, but hiredis's headers differ
// between the 0.14 of Debian 12 and 1.x (redisOptions, TLS in a separate hiredis_ssl library,
// the reply struct), pull in <sys/time.h> for `struct timeval`, and expose a reply union Swift
// would have to walk by raw pointers. This header exposes only an opaque connection, an opaque
// reply and stdint/stddef types, so the Swift store (RedisStateStore) is written once against it
// and one C file adapts to whatever hiredis the system has. Every symbol is hidden: the shared
// object still exports only sf_*.
#ifndef SOVEREIGN_REDIS_H
#define SOVEREIGN_REDIS_H
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SOVREDIS_API __attribute__((visibility("hidden")))

typedef struct sovredis_conn sovredis_conn;
typedef struct sovredis_reply sovredis_reply;

enum {
    SOVREDIS_STRING = 1, SOVREDIS_ARRAY = 2, SOVREDIS_INTEGER = 3,
    SOVREDIS_NIL = 4, SOVREDIS_STATUS = 5, SOVREDIS_ERROR = 6,
};

/// Connects to `host:port` (TCP) or, when `unix_path` is not NULL, to a Unix socket, with a connect
/// time-out and a read/write time-out in milliseconds. NULL on failure, with a message in `err`.
SOVREDIS_API sovredis_conn *sovredis_connect(const char *host, int32_t port, const char *unix_path,
                                             int32_t connect_ms, int32_t io_ms, char *err, size_t errcap);

/// Closes the connection (NULL is fine).
SOVREDIS_API void sovredis_free(sovredis_conn *c);

/// Queues one command (argv with lengths: binary safe); replies are read in order by sovredis_read.
/// 0 on success, -1 when the connection is broken.
SOVREDIS_API int32_t sovredis_append(sovredis_conn *c, int32_t argc, const char *const *argv, const size_t *lens);

/// Sends what is queued and reads the next reply into `*out` (free it with sovredis_reply_free).
/// 0 on success, -1 when the connection is broken or timed out: it must then be freed.
SOVREDIS_API int32_t sovredis_read(sovredis_conn *c, sovredis_reply **out);

/// Why the connection failed (valid until it is freed).
SOVREDIS_API const char *sovredis_error(const sovredis_conn *c);

SOVREDIS_API int32_t sovredis_reply_type(const sovredis_reply *r);
SOVREDIS_API int64_t sovredis_reply_integer(const sovredis_reply *r);
/// The bytes of a string, status or error reply (NULL otherwise).
SOVREDIS_API const char *sovredis_reply_string(const sovredis_reply *r, size_t *len);
SOVREDIS_API size_t sovredis_reply_count(const sovredis_reply *r);
SOVREDIS_API const sovredis_reply *sovredis_reply_element(const sovredis_reply *r, size_t i);
SOVREDIS_API void sovredis_reply_free(sovredis_reply *r);

/// 1 when this build can speak TLS to Redis (rediss://); Debian 12's hiredis 0.14 cannot.
SOVREDIS_API int32_t sovredis_tls_available(void);

#ifdef __cplusplus
}
#endif
#endif
