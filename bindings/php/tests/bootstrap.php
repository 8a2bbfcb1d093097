<?php

declare(strict_types=1);

// Composer is not required to run the tests: a minimal PSR-4 autoloader for src/ and tests/.
spl_autoload_register(static function (string $class): void {
    $map = [
        'SovereignFilter\\Tests\\' => __DIR__ . '/',
        'SovereignFilter\\' => __DIR__ . '/../src/',
    ];
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, \strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});
