// zlib for the CLI's `audit` (gzip datasets in and out). Only the CLI links it: the core and the
// shared object stay without it.
#include <zlib.h>
