/* The candidate loop's skip: see include/sovereign_simd.h. Every implementation computes, per block,
 * a bit mask of "class" bytes (letters, digits, trigger bytes) and of word bytes (letters, digits);
 * stop = class & ~(word & word-before), where word-before is the word mask shifted by one byte with the
 * previous block's last bit carried in. Why not Swift SIMD types: their comparisons and masks do not
 * compile to pmovmskb on Linux today, and a per-byte loop is what this replaces. */
#define _GNU_SOURCE
#include <string.h>
#include "sovereign_simd.h"
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

ptrdiff_t sovereign_last_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte) {
    if (to <= from) return -1;
    const uint8_t *p = memrchr(t + from, byte, (size_t)(to - from));
    return p ? p - t : -1;
}

ptrdiff_t sovereign_count_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte) {
    ptrdiff_t n = 0, p = from;
#if defined(__x86_64__)
    const __m128i b = _mm_set1_epi8((char)byte);
    for (; p + 16 <= to; p += 16)
        n += __builtin_popcount((unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(t + p)), b)));
#endif
    for (; p < to; p++) n += t[p] == byte;
    return n;
}

void sovereign_count_bytes4(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, const uint8_t *bytes, ptrdiff_t *counts) {
    ptrdiff_t n0 = 0, n1 = 0, n2 = 0, n3 = 0, p = from;
#if defined(__x86_64__)
    const __m128i b0 = _mm_set1_epi8((char)bytes[0]), b1 = _mm_set1_epi8((char)bytes[1]);
    const __m128i b2 = _mm_set1_epi8((char)bytes[2]), b3 = _mm_set1_epi8((char)bytes[3]);
    for (; p + 16 <= to; p += 16) {
        const __m128i x = _mm_loadu_si128((const __m128i *)(t + p));
        const unsigned m0 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, b0)), m1 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, b1));
        const unsigned m2 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, b2)), m3 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x, b3));
        if (!(m0 | m1 | m2 | m3)) continue;
        n0 += __builtin_popcount(m0); n1 += __builtin_popcount(m1); n2 += __builtin_popcount(m2); n3 += __builtin_popcount(m3);
    }
#endif
    for (; p < to; p++) {
        const uint8_t c = t[p];
        n0 += c == bytes[0]; n1 += c == bytes[1]; n2 += c == bytes[2]; n3 += c == bytes[3];
    }
    counts[0] = n0; counts[1] = n1; counts[2] = n2; counts[3] = n3;
}

ptrdiff_t sovereign_first_byte(const uint8_t *t, ptrdiff_t from, ptrdiff_t to, uint8_t byte) {
    if (to <= from) return -1;
    const uint8_t *p = memchr(t + from, byte, (size_t)(to - from));
    return p ? p - t : -1;
}

static inline int is_word(uint8_t b) {
    return (uint8_t)(b - '0') < 10 || (uint8_t)((b | 0x20) - 'a') < 26;
}

static inline int is_trigger(uint8_t b) {
    switch (b) {
    case '@': case '#': case '+': case '(': case '[': case '{': case '<': case ':': case '=': case '-': case '_': case '~':
        return 1;
    default:
        return 0;
    }
}

static ptrdiff_t next_stop_scalar(const uint8_t *t, ptrdiff_t from, ptrdiff_t n) {
    int prev = from > 0 && is_word(t[from - 1]);
    for (ptrdiff_t p = from; p < n; p++) {
        int w = is_word(t[p]);
        if ((w && !prev) || is_trigger(t[p])) return p;
        prev = w;
    }
    return n;
}

/* Bit k of out[w] = 1 when from + 64w + k is a stop; bits past n are 0. */
static void stop_bits_scalar(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out) {
    ptrdiff_t words = (n - from + 63) >> 6;
    for (ptrdiff_t w = 0; w < words; w++) out[w] = 0;
    int prev = from > 0 && is_word(t[from - 1]);
    for (ptrdiff_t p = from; p < n; p++) {
        int w = is_word(t[p]);
        if ((w && !prev) || is_trigger(t[p])) out[(p - from) >> 6] |= (uint64_t)1 << ((p - from) & 63);
        prev = w;
    }
}

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>

/* SSE2: words by range compares (min_epu8), trigger bytes by equality. */
static inline void masks_sse2(__m128i x, unsigned *word, unsigned *cls) {
    const __m128i d = _mm_sub_epi8(x, _mm_set1_epi8('0'));
    const __m128i isd = _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d);
    const __m128i a = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    const __m128i isa = _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a);
    const __m128i w = _mm_or_si128(isd, isa);
    __m128i tr = _mm_cmpeq_epi8(x, _mm_set1_epi8('@'));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('#')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('+')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('(')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('[')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('{')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('<')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8(':')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('=')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('_')));
    tr = _mm_or_si128(tr, _mm_cmpeq_epi8(x, _mm_set1_epi8('~')));
    *word = (unsigned)_mm_movemask_epi8(w);
    *cls = (unsigned)_mm_movemask_epi8(tr);
}

static ptrdiff_t next_stop_sse2(const uint8_t *t, ptrdiff_t from, ptrdiff_t n) {
    ptrdiff_t p = from;
    unsigned carry = from > 0 && is_word(t[from - 1]);
    while (p + 16 <= n) {
        unsigned w, tr;
        masks_sse2(_mm_loadu_si128((const __m128i *)(t + p)), &w, &tr);
        const unsigned stop = (w & ~((w << 1) | carry)) | tr;
        if (stop) return p + __builtin_ctz(stop);
        carry = (w >> 15) & 1;
        p += 16;
    }
    if (p >= n) return n;
    return next_stop_scalar(t, p, n);
}

static void stop_bits_sse2(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out) {
    ptrdiff_t p = from, w = 0;
    uint64_t carry = from > 0 && is_word(t[from - 1]);
    while (p + 64 <= n) {
        uint64_t wm = 0, tm = 0;
        for (int k = 0; k < 4; k++) {
            unsigned a, b;
            masks_sse2(_mm_loadu_si128((const __m128i *)(t + p + 16 * k)), &a, &b);
            wm |= (uint64_t)a << (16 * k);
            tm |= (uint64_t)b << (16 * k);
        }
        out[w++] = (wm & ~((wm << 1) | carry)) | tm;
        carry = wm >> 63;
        p += 64;
    }
    if (p < n) {
        /* The tail, padded with zero bytes (neither word nor trigger) to a full block: short texts are
         * mostly tail, and the scalar loop cost ten times as much per byte. */
        uint8_t pad[64] = {0};
        memcpy(pad, t + p, (size_t)(n - p));
        uint64_t wm = 0, tm = 0;
        for (int k = 0; k < 4; k++) {
            unsigned a, b;
            masks_sse2(_mm_loadu_si128((const __m128i *)(pad + 16 * k)), &a, &b);
            wm |= (uint64_t)a << (16 * k);
            tm |= (uint64_t)b << (16 * k);
        }
        out[w] = (wm & ~((wm << 1) | carry)) | tm;
    }
}

/* AVX2: the same masks, 32 bytes at a time. */
__attribute__((target("avx2")))
static ptrdiff_t next_stop_avx2(const uint8_t *t, ptrdiff_t from, ptrdiff_t n) {
    ptrdiff_t p = from;
    uint32_t carry = from > 0 && is_word(t[from - 1]);
    while (p + 32 <= n) {
        const __m256i x = _mm256_loadu_si256((const __m256i *)(t + p));
        const __m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8('0'));
        const __m256i isd = _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(9)), d);
        const __m256i a = _mm256_sub_epi8(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), _mm256_set1_epi8('a'));
        const __m256i isa = _mm256_cmpeq_epi8(_mm256_min_epu8(a, _mm256_set1_epi8(25)), a);
        const uint32_t w = (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(isd, isa));
        __m256i tr = _mm256_cmpeq_epi8(x, _mm256_set1_epi8('@'));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('#')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('+')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('(')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('[')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('{')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('<')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8(':')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('=')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('-')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('_')));
        tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('~')));
        const uint32_t stop = (w & ~((w << 1) | carry)) | (uint32_t)_mm256_movemask_epi8(tr);
        if (stop) return p + __builtin_ctz(stop);
        carry = w >> 31;
        p += 32;
    }
    if (p >= n) return n;
    return next_stop_sse2(t, p, n);
}

__attribute__((target("avx2")))
static inline uint32_t word_mask_avx2(__m256i x, uint32_t *trig) {
    const __m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8('0'));
    const __m256i isd = _mm256_cmpeq_epi8(_mm256_min_epu8(d, _mm256_set1_epi8(9)), d);
    const __m256i a = _mm256_sub_epi8(_mm256_or_si256(x, _mm256_set1_epi8(0x20)), _mm256_set1_epi8('a'));
    const __m256i isa = _mm256_cmpeq_epi8(_mm256_min_epu8(a, _mm256_set1_epi8(25)), a);
    __m256i tr = _mm256_cmpeq_epi8(x, _mm256_set1_epi8('@'));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('#')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('+')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('(')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('[')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('{')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('<')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8(':')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('=')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('-')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('_')));
    tr = _mm256_or_si256(tr, _mm256_cmpeq_epi8(x, _mm256_set1_epi8('~')));
    *trig = (uint32_t)_mm256_movemask_epi8(tr);
    return (uint32_t)_mm256_movemask_epi8(_mm256_or_si256(isd, isa));
}

__attribute__((target("avx2")))
static void stop_bits_avx2(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out) {
    ptrdiff_t p = from, w = 0;
    uint64_t carry = from > 0 && is_word(t[from - 1]);
    while (p + 64 <= n) {
        uint32_t t0, t1;
        const uint64_t w0 = word_mask_avx2(_mm256_loadu_si256((const __m256i *)(t + p)), &t0);
        const uint64_t w1 = word_mask_avx2(_mm256_loadu_si256((const __m256i *)(t + p + 32)), &t1);
        const uint64_t wm = w0 | w1 << 32, tm = (uint64_t)t0 | (uint64_t)t1 << 32;
        out[w++] = (wm & ~((wm << 1) | carry)) | tm;
        carry = wm >> 63;
        p += 64;
    }
    if (p < n) {
        /* The tail, padded with zero bytes to a full block (see stop_bits_sse2). */
        uint8_t pad[64] = {0};
        memcpy(pad, t + p, (size_t)(n - p));
        uint32_t t0, t1;
        const uint64_t w0 = word_mask_avx2(_mm256_loadu_si256((const __m256i *)pad), &t0);
        const uint64_t w1 = word_mask_avx2(_mm256_loadu_si256((const __m256i *)(pad + 32)), &t1);
        const uint64_t wm = w0 | w1 << 32, tm = (uint64_t)t0 | (uint64_t)t1 << 32;
        out[w] = (wm & ~((wm << 1) | carry)) | tm;
    }
}

static int detect_level(void) {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") ? 2 : 1;
}
#else
static int detect_level(void) { return 0; }
#endif

ptrdiff_t sovereign_next_stop_with(int level, const uint8_t *t, ptrdiff_t from, ptrdiff_t n) {
    if (from >= n) return n;
#if defined(__x86_64__) || defined(__i386__)
    if (level > detect_level()) level = 0;
    if (level == 2) return next_stop_avx2(t, from, n);
    if (level == 1) return next_stop_sse2(t, from, n);
#else
    (void)level;
#endif
    return next_stop_scalar(t, from, n);
}

typedef ptrdiff_t (*next_stop_fn)(const uint8_t *, ptrdiff_t, ptrdiff_t);
static next_stop_fn chosen;

static next_stop_fn choose(void) {
#if defined(__x86_64__) || defined(__i386__)
    switch (detect_level()) {
    case 2: return next_stop_avx2;
    case 1: return next_stop_sse2;
    default: break;
    }
#endif
    return next_stop_scalar;
}

ptrdiff_t sovereign_next_stop(const uint8_t *t, ptrdiff_t from, ptrdiff_t n) {
    next_stop_fn f = __atomic_load_n(&chosen, __ATOMIC_RELAXED);
    if (!f) { f = choose(); __atomic_store_n(&chosen, f, __ATOMIC_RELAXED); }
    if (from >= n) return n;
    return f(t, from, n);
}

const char *sovereign_simd_level(void) {
#if defined(__x86_64__) || defined(__i386__)
    return detect_level() == 2 ? "avx2" : "sse2";
#else
    return "scalar";
#endif
}

typedef void (*stop_bits_fn)(const uint8_t *, ptrdiff_t, ptrdiff_t, uint64_t *);
static stop_bits_fn chosen_bits;

void sovereign_stop_bits_with(int level, const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out) {
    if (from >= n) return;
#if defined(__x86_64__) || defined(__i386__)
    if (level > detect_level()) level = 0;
    if (level == 2) { stop_bits_avx2(t, from, n, out); return; }
    if (level == 1) { stop_bits_sse2(t, from, n, out); return; }
#else
    (void)level;
#endif
    stop_bits_scalar(t, from, n, out);
}

void sovereign_stop_bits(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, uint64_t *out) {
    stop_bits_fn f = __atomic_load_n(&chosen_bits, __ATOMIC_RELAXED);
    if (!f) {
#if defined(__x86_64__) || defined(__i386__)
        f = detect_level() == 2 ? stop_bits_avx2 : stop_bits_sse2;
#else
        f = stop_bits_scalar;
#endif
        __atomic_store_n(&chosen_bits, f, __ATOMIC_RELAXED);
    }
    if (from >= n) return;
    f(t, from, n, out);
}

/* The word-start filter of the candidate loop (Engine.interestingStart and the IBAN shapes), the same
 * tables: a letter that starts a word and fails it runs no recognizer, so its stop bit is cleared. */
static inline int bit(const uint64_t *m, unsigned k) { return (m[k >> 6] >> (k & 63)) & 1; }

void sovereign_stop_bits_filtered(const uint8_t *t, ptrdiff_t from, ptrdiff_t n, ptrdiff_t len, uint64_t *out,
                                  const uint64_t *any_third, const uint64_t *pairs, const uint64_t *triples) {
    sovereign_stop_bits(t, from, n, out);
    const ptrdiff_t words = (n - from + 63) >> 6;
    for (ptrdiff_t w = 0; w < words; w++) {
        uint64_t m = out[w], keep = m;
        while (m) {
            const int k = __builtin_ctzll(m);
            m &= m - 1;
            const ptrdiff_t p = from + (w << 6) + k;
            const uint8_t b0 = t[p];
            if ((uint8_t)((b0 | 0x20) - 'a') >= 26) continue;
            const uint8_t b1 = p + 1 < len ? t[p + 1] : 0, b2 = p + 2 < len ? t[p + 2] : 0, b3 = p + 3 < len ? t[p + 3] : 0;
            /* A digit third or fourth (after a letter or a space third): ids such as "ab1…", "sgw4…"
             * (lower-case order references), "DE 89…" (an IBAN with a space after its country code). */
            if ((uint8_t)(b2 - '0') < 10 || ((uint8_t)(b3 - '0') < 10 && (b2 == 0x20 || (uint8_t)((b2 | 0x20) - 'a') < 26))) continue;
            const unsigned pk = (unsigned)b0 << 8 | b1;
            if (bit(any_third, pk)) continue;
            if (bit(pairs, pk)) {
                const unsigned h = (unsigned)(((uint32_t)b0 << 16 | (uint32_t)b1 << 8 | b2) * 2654435761u) >> 16;
                if (bit(triples, h)) continue;
                const unsigned h4 = (unsigned)(((uint32_t)b0 << 24 | (uint32_t)b1 << 16 | (uint32_t)b2 << 8 | b3) * 2246822519u) >> 16;
                if (bit(triples, h4)) continue;
            }
            keep &= ~((uint64_t)1 << k);
        }
        out[w] = keep;
    }
}
