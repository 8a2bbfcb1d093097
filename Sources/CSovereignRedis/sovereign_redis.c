// The hiredis adapter behind sovereign_redis.h: blocking connections with time-outs, pipelined
// commands, replies handed out as opaque pointers.
#define _POSIX_C_SOURCE 200809L /* sigtimedwait */
#include "sovereign_redis.h"
#include <errno.h>
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* hiredis writes with write(2): a server that went away would raise SIGPIPE and kill a host process
 * that did not ignore it (php-cli, a C caller). A library must not change the process's signal
 * dispositions, so SIGPIPE is blocked in the calling thread around the write and a SIGPIPE it caused
 * is consumed before the old mask returns (the usual technique; a SIGPIPE pending before is left). */
typedef struct { sigset_t old; int was_pending; } pipe_guard;

static void pipe_guard_begin(pipe_guard *g) {
    sigset_t s, pending;
    sigemptyset(&s);
    sigaddset(&s, SIGPIPE);
    sigpending(&pending);
    g->was_pending = sigismember(&pending, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &s, &g->old);
}

static void pipe_guard_end(pipe_guard *g) {
    if (!g->was_pending) {
        sigset_t s, pending;
        sigemptyset(&s);
        sigaddset(&s, SIGPIPE);
        sigpending(&pending);
        if (sigismember(&pending, SIGPIPE)) {
            struct timespec zero = {0, 0};
            while (sigtimedwait(&s, NULL, &zero) == -1 && errno == EINTR) {}
        }
    }
    pthread_sigmask(SIG_SETMASK, &g->old, NULL);
}

static struct timeval ms_to_tv(int32_t ms) {
    if (ms < 1) ms = 1;
    struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
    return tv;
}

sovredis_conn *sovredis_connect(const char *host, int32_t port, const char *unix_path,
                                int32_t connect_ms, int32_t io_ms, char *err, size_t errcap) {
    redisContext *c = unix_path ? redisConnectUnixWithTimeout(unix_path, ms_to_tv(connect_ms))
                                : redisConnectWithTimeout(host, port, ms_to_tv(connect_ms));
    if (c == NULL) {
        if (err && errcap) snprintf(err, errcap, "cannot allocate a Redis context");
        return NULL;
    }
    if (c->err) {
        if (err && errcap) snprintf(err, errcap, "%s", c->errstr);
        redisFree(c);
        return NULL;
    }
    if (redisSetTimeout(c, ms_to_tv(io_ms)) != REDIS_OK) {
        if (err && errcap) snprintf(err, errcap, "cannot set the Redis read/write time-out");
        redisFree(c);
        return NULL;
    }
    return (sovredis_conn *)c;
}

void sovredis_free(sovredis_conn *c) {
    if (c) redisFree((redisContext *)c);
}

int32_t sovredis_append(sovredis_conn *c, int32_t argc, const char *const *argv, const size_t *lens) {
    if (!c || ((redisContext *)c)->err) return -1;
    return redisAppendCommandArgv((redisContext *)c, argc, (const char **)argv, lens) == REDIS_OK ? 0 : -1;
}

int32_t sovredis_read(sovredis_conn *c, sovredis_reply **out) {
    *out = NULL;
    if (!c || ((redisContext *)c)->err) return -1;
    void *reply = NULL;
    pipe_guard g;
    pipe_guard_begin(&g);
    int rc = redisGetReply((redisContext *)c, &reply);
    pipe_guard_end(&g);
    if (rc != REDIS_OK || reply == NULL) return -1;
    *out = (sovredis_reply *)reply;
    return 0;
}

const char *sovredis_error(const sovredis_conn *c) {
    if (!c) return "not connected";
    const redisContext *ctx = (const redisContext *)c;
    return ctx->err ? ctx->errstr : "no error";
}

int32_t sovredis_reply_type(const sovredis_reply *r) { return r ? ((const redisReply *)r)->type : SOVREDIS_NIL; }
int64_t sovredis_reply_integer(const sovredis_reply *r) { return r ? ((const redisReply *)r)->integer : 0; }

const char *sovredis_reply_string(const sovredis_reply *r, size_t *len) {
    const redisReply *x = (const redisReply *)r;
    if (!x || !(x->type == REDIS_REPLY_STRING || x->type == REDIS_REPLY_STATUS || x->type == REDIS_REPLY_ERROR)) {
        *len = 0;
        return NULL;
    }
    *len = x->len;
    return x->str;
}

size_t sovredis_reply_count(const sovredis_reply *r) {
    const redisReply *x = (const redisReply *)r;
    return x && x->type == REDIS_REPLY_ARRAY ? x->elements : 0;
}

const sovredis_reply *sovredis_reply_element(const sovredis_reply *r, size_t i) {
    const redisReply *x = (const redisReply *)r;
    return x && x->type == REDIS_REPLY_ARRAY && i < x->elements ? (const sovredis_reply *)x->element[i] : NULL;
}

void sovredis_reply_free(sovredis_reply *r) {
    if (r) freeReplyObject(r);
}

int32_t sovredis_tls_available(void) {
#ifdef SOVREDIS_WITH_TLS
    return 1;
#else
    return 0;
#endif
}
