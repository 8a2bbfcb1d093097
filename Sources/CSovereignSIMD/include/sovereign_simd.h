#ifndef SOVEREIGN_SIMD_H
#define SOVEREIGN_SIMD_H
/* The vectorized first pass of the candidate loop (Candidates/CandidatePass.swift): where the next
 * byte that the loop must look at is, 16 or 32 bytes at a time. stdint types only. */
#include <stddef.h>
#include <stdint.h>

/* The first position p in [from, n) that is a stop, or n. A stop is a byte of a class the candidate
 * loop acts on (an ASCII letter or digit, or one of the trigger bytes @ # + ( [ { < : = - _ ~) that is
 * not a letter or digit right after another letter or digit (inside a word only its start matters).
 * t[from - 1] is read when from > 0. AVX2 or SSE2 on x86-64, picked once at run time; scalar elsewhere. */
ptrdiff_t sovereign_next_stop(const uint8_t *t, ptrdiff_t from, ptrdiff_t n);

/* The same stops as a bit map, for a loop that visits them without a call each: bit k of out[w] is 1
 * when from + 64w + k is a stop; out holds (n - from + 63) / 64 words, bits past n are 0. */
void sovereign_stop_bits(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out);
void sovereign_stop_bits_with(int level, const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out);

/* The stop bits less the letters that start a word and fail the candidate loop's word-start filter
 * (`Engine.interestingStart` with its three tables — the last holds three-byte prefixes and the first
 * four bytes of longer ones, hashed apart — a digit third byte, "DE 89"): those run no
 * recognizer. t[from..<len) may be read past n for the filter's next three bytes. */
void sovereign_stop_bits_filtered(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, ptrdiff_t len, uint64_t *out,
                                  const uint64_t *any_third, const uint64_t *pairs, const uint64_t *triples);

/* Which implementation runs: "avx2", "sse2" or "scalar" (for the benchmark's notes and tests). */
const char *sovereign_simd_level(void);

/* The last position p in [from, to) with t[p] == byte, or -1: glibc's vectorized memrchr (a GNU
 * extension Swift's Glibc module does not import), for look-backs to a line start. */
ptrdiff_t sovereign_last_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte);
/* The first position p in [from, to) with t[p] == byte, or -1 (memchr; the core imports no libc module). */
ptrdiff_t sovereign_first_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte);

/* How many bytes of t[from..<to) equal `byte`; and the same for four bytes at once (counts[k] for
 * bytes[k]), in one pass: table look-ups count a line's separators (`;` tab `|` `,`) for every number
 * in it and in the lines above, which a byte loop made 16 % of a scan of a long CSV-like document.
 * SSE2 on x86-64 (16 bytes a step), scalar elsewhere and for the tail. */
ptrdiff_t sovereign_count_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte);
void sovereign_count_bytes4(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, const uint8_t *bytes, ptrdiff_t *counts);

/* The same with a given implementation (0 scalar, 1 SSE2, 2 AVX2; one the CPU lacks runs scalar),
 * so tests compare each against the scalar definition. */
ptrdiff_t sovereign_next_stop_with(int level, const uint8_t *t, ptrdiff_t from, ptrdiff_t n);

#endif
