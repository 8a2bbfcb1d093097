// The system library hiredis (Debian libhiredis-dev). Only CSovereignRedis includes it; Swift code
// never sees hiredis types (see Sources/CSovereignRedis/include/sovereign_redis.h for why).
#include <hiredis/hiredis.h>
