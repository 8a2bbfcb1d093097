// Why this shim exists: <pcre2.h> must see PCRE2_CODE_UNIT_WIDTH before it is included, and a few
// of its macros (PCRE2_ZERO_TERMINATED, PCRE2_UNSET) are casts that Swift cannot import.
#ifndef SF_CPCRE2_SHIM_H
#define SF_CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

static inline PCRE2_SIZE sf_pcre2_unset(void) { return PCRE2_UNSET; }
static inline PCRE2_SIZE sf_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
#endif
