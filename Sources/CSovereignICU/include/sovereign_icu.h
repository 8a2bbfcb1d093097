// Why this target exists: the core needs a handful of ICU calls (NFKC, character classes), but a
// Swift module that sees <unicode/*.h> next to Foundation fails to compile ("UErrorCode has
// different definitions"). This header therefore exposes only stdint types; ICU stays in the .c file.
#ifndef SOVEREIGN_ICU_H
#define SOVEREIGN_ICU_H
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// 0 when ICU's NFKC data loaded; a negative ICU error code otherwise. Thread-safe, idempotent.
int32_t sovereign_icu_init(void);

/// NFKC of `n` code points (one normalization unit: a starter and its combining marks) into `out`.
/// Returns the number of code points written, or a negative value on error / insufficient capacity.
int32_t sovereign_icu_nfkc(const uint32_t *cps, int32_t n, uint32_t *out, int32_t cap);

/// 1 when the code point is a format character (general category Cf: ZWSP, ZWJ, soft hyphen, BOM...).
int32_t sovereign_icu_is_format(uint32_t cp);

/// 1 when NFKC leaves the code point alone and nothing combines with it (the cheap path).
int32_t sovereign_icu_is_inert(uint32_t cp);

/// 1 when a normalization boundary lies before the code point (it starts a new unit).
int32_t sovereign_icu_has_boundary_before(uint32_t cp);

/// 1 when the code point is a letter (general category L*), 2 when a decimal digit (Nd), 0 otherwise.
int32_t sovereign_icu_letter_or_digit(uint32_t cp);

/// 1 when the code point is upper case (Lu or Lt).
int32_t sovereign_icu_is_upper(uint32_t cp);

#ifdef __cplusplus
}
#endif
#endif
