#include "sovereign_icu.h"
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

// ICU returns a process-wide singleton that is safe to share between threads.
static const UNormalizer2 *nfkc(void) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = unorm2_getNFKCInstance(&err);
    return U_SUCCESS(err) ? n : NULL;
}

int32_t sovereign_icu_init(void) {
    UErrorCode err = U_ZERO_ERROR;
    (void)unorm2_getNFKCInstance(&err);
    return U_SUCCESS(err) ? 0 : -(int32_t)err;
}

int32_t sovereign_icu_nfkc(const uint32_t *cps, int32_t n, uint32_t *out, int32_t cap) {
    const UNormalizer2 *norm = nfkc();
    if (norm == NULL || n < 0 || n > 64) return -1;
    UChar src[130];
    int32_t len = 0;
    for (int32_t i = 0; i < n; i++) {
        UBool bad = 0;
        if (cps[i] > 0x10FFFF) return -1;
        U16_APPEND(src, len, 130, (UChar32)cps[i], bad);
        if (bad) return -1;
    }
    UChar dst[512];
    UErrorCode err = U_ZERO_ERROR;
    int32_t dlen = unorm2_normalize(norm, src, len, dst, 512, &err);
    if (U_FAILURE(err)) return -2;
    int32_t count = 0;
    for (int32_t i = 0; i < dlen;) {
        UChar32 c;
        U16_NEXT(dst, i, dlen, c);
        if (count >= cap) return -3;
        out[count++] = (uint32_t)c;
    }
    return count;
}

int32_t sovereign_icu_is_format(uint32_t cp) { return u_charType((UChar32)cp) == U_FORMAT_CHAR; }

int32_t sovereign_icu_is_inert(uint32_t cp) {
    const UNormalizer2 *norm = nfkc();
    return norm != NULL && unorm2_isInert(norm, (UChar32)cp);
}

int32_t sovereign_icu_has_boundary_before(uint32_t cp) {
    const UNormalizer2 *norm = nfkc();
    return norm == NULL || unorm2_hasBoundaryBefore(norm, (UChar32)cp);
}

int32_t sovereign_icu_letter_or_digit(uint32_t cp) {
    if (u_isalpha((UChar32)cp)) return 1;
    if (u_isdigit((UChar32)cp)) return 2;
    return 0;
}

int32_t sovereign_icu_is_upper(uint32_t cp) { return u_isupper((UChar32)cp) || u_istitle((UChar32)cp); }
