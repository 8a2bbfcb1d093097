// Why this shim exists: the benchmark harness must count heap allocations per scan call (a target
// of the benchmarks issue). Linked into the harness executable only, its malloc family interposes
// glibc's for the whole process and forwards to the __libc_* originals.
#ifndef ALLOC_COUNTER_H
#define ALLOC_COUNTER_H
#include <stdint.h>
uint64_t alloc_counter_total(void);

/* Bytes currently allocated on the heap (mallinfo2().uordblks). */
#include <stddef.h>
size_t alloc_counter_heap_bytes(void);
#endif
