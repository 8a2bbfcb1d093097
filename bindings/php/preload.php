<?php

/**
 * opcache.preload script for PHP-FPM (see README.md, "PHP-FPM: preloading").
 *
 * Why: with ffi.enable=preload (PHP's default) the FFI API (FFI::scope, FFI::cdef) may only be
 * called from preloaded code. This script compiles the binding's classes into opcache's shared
 * memory so Filter can call FFI::scope('SOVEREIGN_FILTER') in every request. The C declarations
 * and the library itself come from ffi.preload (bin/ffi-header.php writes that header).
 *
 * It does not load the library: FFI::load() is refused under opcache.preload_user, which FPM
 * needs when its master runs as root.
 */

declare(strict_types=1);

(static function (): void {
    $src = __DIR__ . '/src/';
    $autoload = static function (string $class) use ($src): void {
        if (str_starts_with($class, 'SovereignFilter\\')) {
            $file = $src . str_replace('\\', '/', substr($class, \strlen('SovereignFilter\\'))) . '.php';
            if (is_file($file)) {
                require_once $file;
            }
        }
    };
    spl_autoload_register($autoload);
    try {
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($src, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            if ($file->getExtension() !== 'php') {
                continue;
            }
            $relative = substr($file->getPathname(), \strlen($src), -4);
            // Http/ implements PSR-7/18 and Guzzle interfaces that the application's autoloader brings
            // at run time; those classes call the library only through the preloaded Internal\ExchangeHandle.
            if (str_starts_with($relative, 'Http/')) {
                continue;
            }
            $class = 'SovereignFilter\\' . str_replace('/', '\\', $relative);
            // Autoloading (not a bare require) links parents first, as preloading requires.
            class_exists($class);
        }
    } finally {
        spl_autoload_unregister($autoload);
    }
})();
