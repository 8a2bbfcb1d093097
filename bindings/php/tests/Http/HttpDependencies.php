<?php

declare(strict_types=1);

namespace SovereignFilter\Tests\Http;

/**
 * Guzzle 7, PSR-7/17/18 and nyholm/psr7 from Debian's packages (php-guzzlehttp-guzzle,
 * php-psr-http-client, php-nyholm-psr7; `make deps` installs them): Packagist is not used, so the
 * tests load their autoloaders from the system's PHP include path (/usr/share/php).
 */
final class HttpDependencies
{
    public static function load(): void
    {
        foreach (['GuzzleHttp/autoload.php', 'Psr/Http/Client/autoload.php', 'Psr/Http/Message/factory-autoload.php', 'Nyholm/Psr7/autoload.php'] as $file) {
            if (stream_resolve_include_path($file) === false) {
                throw new \RuntimeException("$file is not on the include path: install php-guzzlehttp-guzzle php-psr-http-client php-nyholm-psr7 (make deps)");
            }
            require_once $file;
        }
    }
}
