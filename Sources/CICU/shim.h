// Why this shim exists: it gives the C target CSovereignICU the ICU headers it wraps. No Swift
// module imports it directly (ICU's UErrorCode clashes with Foundation's copy of ICU).
#ifndef SF_CICU_SHIM_H
#define SF_CICU_SHIM_H
#include <unicode/utypes.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/ubrk.h>
#endif
