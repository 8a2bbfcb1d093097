#define _GNU_SOURCE /* memmem, usleep */
/* A C caller of the shared object against a Redis-backed state store (Tests/redis/run.sh drives it).
 *   caller POLICY_JSON_FILE once          one sf_redact: prints "<status> <bytes of text out>"
 *   caller POLICY_JSON_FILE wait STATUS MS  repeats sf_redact until it returns STATUS (e.g. SF_E_DISABLED),
 *                                         prints the milliseconds it took; exit 1 after MS without it
 *   caller POLICY_JSON_FILE fork          a call, fork(), a call in the child and one in the parent: the
 *                                         child must not speak on the parent's Redis connection
 * Every call's text carries an e-mail; with any status but SF_OK no text may come back. */
#include "sovereign_filter.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const char TEXT[] = "mail redis.caller@example.com please";

static long now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000L + t.tv_nsec / 1000000L;
}

/* One guarded call; returns its status, exits 2 if text came out with a failure status. */
static sf_status call(sf_engine *e, size_t *out_len) {
    sf_session *s = sf_session_new(e);
    sf_session_set_feature(s, "checkout_assist", 15);
    sf_buffer *out = (sf_buffer *)1, *f = NULL;
    sf_status st = sf_redact(e, s, TEXT, sizeof TEXT - 1, &out, &f);
    *out_len = 0;
    if (st == SF_OK) {
        *out_len = (size_t)sf_buffer_len(out);
        if (memmem(sf_buffer_data(out), *out_len, "redis.caller", 12)) { fprintf(stderr, "e-mail not redacted\n"); exit(2); }
    } else if (out != NULL) {
        fprintf(stderr, "text out with %s\n", sf_status_name(st));
        exit(2);
    }
    if (st == SF_OK) sf_buffer_free(out);
    sf_buffer_free(f);
    sf_session_free(s);
    return st;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: caller POLICY once|wait STATUS MS|fork\n"); return 64; }
    FILE *pf = fopen(argv[1], "rb");
    if (!pf) { perror(argv[1]); return 66; }
    char policy[65536];
    size_t n = fread(policy, 1, sizeof policy, pf);
    fclose(pf);
    sf_engine *e = NULL;
    sf_buffer *err = NULL;
    sf_status st = sf_engine_new(policy, n, &e, &err);
    if (st != SF_OK) {
        printf("%s %.*s\n", sf_status_name(st), err ? (int)sf_buffer_len(err) : 0, err ? sf_buffer_data(err) : "");
        sf_buffer_free(err);
        return 1;
    }
    size_t len;
    int rc = 0;
    if (strcmp(argv[2], "once") == 0) {
        st = call(e, &len);
        printf("%s %zu\n", sf_status_name(st), len);
    } else if (strcmp(argv[2], "wait") == 0 && argc == 5) {
        long t0 = now_ms(), limit = atol(argv[4]);
        rc = 1;
        while (now_ms() - t0 <= limit) {
            if (strcmp(sf_status_name(call(e, &len)), argv[3]) == 0) { printf("%ld\n", now_ms() - t0); rc = 0; break; }
            usleep(2000);
        }
    } else if (strcmp(argv[2], "fork") == 0) {
        st = call(e, &len);
        pid_t pid = fork();
        if (pid == 0) {
            sf_status c1 = call(e, &len), c2 = call(e, &len);
            _exit(c1 == SF_OK && c2 == SF_OK ? 0 : 3);
        }
        sf_status p1 = call(e, &len), p2 = call(e, &len);
        int ws = 0;
        waitpid(pid, &ws, 0);
        printf("parent %s %s child %d\n", sf_status_name(p1), sf_status_name(p2), WEXITSTATUS(ws));
        rc = st == SF_OK && p1 == SF_OK && p2 == SF_OK && WIFEXITED(ws) && WEXITSTATUS(ws) == 0 ? 0 : 1;
    } else {
        rc = 64;
    }
    sf_engine_free(e);
    return rc;
}
