<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use FFI;
use FFI\CData;

/**
 * Finds and loads the shared library, and copies library buffers into PHP strings.
 *
 * @internal
 */
final class Native
{
    public const SCOPE = 'SOVEREIGN_FILTER';
    public const LIBRARY_ENV = 'SOVEREIGN_FILTER_LIB';
    public const LIBRARY_NAME = 'libsovereign_filter.so';

    /** One FFI instance per library path: parsing the header and dlopen are per process, not per Filter. */
    private static array $byPath = [];
    private static ?FFI $scoped = null;
    /** Remember a failed FFI::scope() so every Filter does not pay for the exception again. */
    private static bool $scopeTried = false;

    private function __construct()
    {
    }

    public static function headerPath(): string
    {
        return \dirname(__DIR__, 2) . '/sovereign_filter.h';
    }

    /** <repo>/dist/lib/libsovereign_filter.so, i.e. ../../dist/lib relative to the package dir. */
    public static function defaultLibraryPath(): string
    {
        return \dirname(__DIR__, 4) . '/dist/lib/' . self::LIBRARY_NAME;
    }

    /** Constructor argument, else $SOVEREIGN_FILTER_LIB, else the repository's dist/lib. */
    public static function resolveLibraryPath(?string $library = null): string
    {
        if ($library !== null && $library !== '') {
            return $library;
        }
        $env = getenv(self::LIBRARY_ENV);
        if (\is_string($env) && $env !== '') {
            return $env;
        }
        return self::defaultLibraryPath();
    }

    /**
     * The preloaded scope when there is one (PHP-FPM with ffi.preload / opcache.preload, where
     * FFI::cdef is usually forbidden by ffi.enable=preload), else FFI::cdef on the library file.
     */
    public static function load(?string $library = null): FFI
    {
        if (!\extension_loaded('ffi')) {
            throw Errors::internal('the PHP FFI extension is not loaded (install/enable ext-ffi)');
        }
        if (self::$scoped !== null) {
            return self::$scoped;
        }
        if (!self::$scopeTried) {
            self::$scopeTried = true;
            try {
                return self::$scoped = FFI::scope(self::SCOPE);
            } catch (\Throwable $e) {
                // Not preloaded: fall through to cdef.
            }
        }

        $path = self::resolveLibraryPath($library);
        if (isset(self::$byPath[$path])) {
            return self::$byPath[$path];
        }
        // A bare name is left to the dynamic loader's search path; a path must exist.
        if (str_contains($path, '/') && !is_file($path)) {
            throw Errors::internal(sprintf(
                'SovereignFilter library not found at %s (pass its path to the Filter constructor or set %s)',
                $path,
                self::LIBRARY_ENV
            ));
        }
        $header = self::headerPath();
        $cdef = is_readable($header) ? file_get_contents($header) : false;
        if ($cdef === false) {
            throw Errors::internal("cannot read the FFI header $header");
        }
        try {
            $ffi = FFI::cdef($cdef, $path);
        } catch (\Throwable $e) {
            throw Errors::internal(sprintf('cannot load SovereignFilter library %s: %s', $path, $e->getMessage()), $e);
        }
        return self::$byPath[$path] = $ffi;
    }

    /** Whether load() is using a preloaded scope (ffi.preload) rather than FFI::cdef. */
    public static function usingPreloadedScope(): bool
    {
        return self::$scoped !== null;
    }

    /**
     * The FFI header with FFI_LIB set to $libraryPath, for ffi.preload: the shipped header names
     * the library without a directory, which only works when it is on the loader's search path.
     */
    public static function headerForLibrary(string $libraryPath): string
    {
        $header = self::headerPath();
        $text = is_readable($header) ? file_get_contents($header) : false;
        if ($text === false) {
            throw Errors::internal("cannot read the FFI header $header");
        }
        $count = 0;
        $text = preg_replace(
            '/^#define FFI_LIB "[^"\n]*"$/m',
            '#define FFI_LIB ' . json_encode($libraryPath, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE),
            $text,
            1,
            $count
        );
        if ($text === null || $count !== 1) {
            throw Errors::internal("no FFI_LIB line in $header");
        }
        return $text;
    }

    /**
     * Copies an sf_buffer's bytes into a PHP string. Does not free it: callers free in `finally`
     * so the buffer is released on every path.
     */
    public static function read(FFI $ffi, CData $buffer): string
    {
        if (FFI::isNull($buffer)) {
            return '';
        }
        $len = (int) $ffi->sf_buffer_len($buffer);
        if ($len === 0) {
            return '';
        }
        $data = $ffi->sf_buffer_data($buffer);
        if ($data === null) {
            throw Errors::internal('sf_buffer_data returned NULL for a non-empty buffer');
        }
        return FFI::string($data, $len);
    }
}
