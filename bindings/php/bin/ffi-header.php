<?php

/**
 * Prints sovereign_filter.h with FFI_LIB set to an absolute library path, for php.ini ffi.preload.
 *
 *   php bin/ffi-header.php [/path/to/libsovereign_filter.so] > /etc/php/8.2/fpm/sovereign_filter.h
 *
 * Without an argument: $SOVEREIGN_FILTER_LIB, else <repo>/dist/lib/libsovereign_filter.so.
 */

declare(strict_types=1);

require_once __DIR__ . '/../src/Exception/SovereignFilterException.php';
require_once __DIR__ . '/../src/Exception/InternalException.php';
require_once __DIR__ . '/../src/Status.php';
require_once __DIR__ . '/../src/Internal/Errors.php';
require_once __DIR__ . '/../src/Internal/Native.php';

use SovereignFilter\Internal\Native;

$library = Native::resolveLibraryPath($argv[1] ?? null);
// ffi.preload runs before any chdir: a relative path would depend on the FPM master's cwd.
$real = realpath($library);
if ($real === false) {
    fwrite(STDERR, "library not found: $library\n");
    exit(1);
}
echo Native::headerForLibrary($real);
