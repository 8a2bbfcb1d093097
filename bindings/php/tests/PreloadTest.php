<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use SovereignFilter\Internal\Native;

/** The PHP-FPM recipe of README.md (ffi.preload + opcache.preload), exercised with the CLI. */
final class PreloadTest extends LibraryTestCase
{
    private ?string $header = null;

    protected function tearDown(): void
    {
        if ($this->header !== null && is_file($this->header)) {
            unlink($this->header);
        }
    }

    public function testFilterUsesThePreloadedScope(): void
    {
        $library = realpath(Native::resolveLibraryPath());
        self::assertIsString($library);
        $header = tempnam(sys_get_temp_dir(), 'sf-ffi-');
        self::assertIsString($header);
        $this->header = $header;
        file_put_contents($this->header, Native::headerForLibrary($library));

        $args = [
            PHP_BINARY,
            '-d', 'ffi.enable=preload',
            '-d', 'ffi.preload=' . $this->header,
            '-d', 'opcache.enable_cli=1',
            '-d', 'opcache.preload=' . \dirname(__DIR__) . '/preload.php',
        ];
        if (\function_exists('posix_geteuid') && posix_geteuid() === 0) {
            // PHP refuses opcache.preload as root without a user to drop to.
            $args[] = '-d';
            $args[] = 'opcache.preload_user=root';
        }
        $args[] = __DIR__ . '/fixtures/preload_probe.php';

        // A bogus library path proves the child does not fall back to FFI::cdef.
        $env = getenv();
        $env[Native::LIBRARY_ENV] = '/nonexistent/libsovereign_filter.so';
        $proc = proc_open($args, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, $env);
        self::assertIsResource($proc);
        $stdout = stream_get_contents($pipes[1]);
        $stderr = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        $code = proc_close($proc);

        self::assertSame(0, $code, "child failed: $stdout $stderr");
        self::assertSame('', trim((string) $stderr), 'the child printed warnings');
        $result = json_decode((string) $stdout, true);
        self::assertSame([
            'preloaded' => true,
            'redacted' => 'Mail me at <EMAIL_1>',
            'restored' => 'Hi john.doe@example.com',
            'scope' => true,
        ], $result, (string) $stdout);
    }
}
