<?php

declare(strict_types=1);

// Without Magento or Composer: PSR-4 for the module, the PHP binding, and the stand-ins in
// Stubs/ for the few Magento, PSR-3 and Symfony types the module references. An autoloader only
// runs for classes that do not exist yet, so real classes (if present) win over the stubs.
spl_autoload_register(static function (string $class): void {
    $moduleRoot = dirname(__DIR__, 2);
    $stubs = __DIR__ . '/Stubs/';
    $map = [
        'Sovereign\\Filter\\' => $moduleRoot . '/',
        'SovereignFilter\\' => $moduleRoot . '/../php/src/',
        'Magento\\' => $stubs . 'Magento/',
        'Symfony\\' => $stubs . 'Symfony/',
        'Psr\\' => $stubs . 'Psr/',
    ];
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

require __DIR__ . '/Stubs/functions.php';

// Guzzle 7 and the PSR-7/17/18 interfaces are real, from Debian's packages (`make deps`), as in the
// binding's HTTP tests: the module's Guzzle wiring is tested against the real client.
require_once __DIR__ . '/../../../php/tests/Http/HttpDependencies.php';
\SovereignFilter\Tests\Http\HttpDependencies::load();
