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
        $result = $this->runPreloaded('preload_probe.php');
        self::assertSame([
            'preloaded' => true,
            'redacted' => 'Mail me at <EMAIL_1>',
            'restored' => 'Hi john.doe@example.com',
            'scope' => true,
        ], $result);
    }

    /** The Guzzle middleware under the recipe: its own classes autoloaded at run time, FFI through the preloaded ones. */
    public function testTheGuzzleMiddlewareWorksUnderThePreloadRecipe(): void
    {
        Http\HttpDependencies::load(); // fails clearly when Debian's Guzzle is missing
        $result = $this->runPreloaded('preload_http_probe.php');
        self::assertSame([
            'preloaded' => true,
            'http_preloaded' => false,
            'upstream' => '<EMAIL_1>',
            'caller' => 'Hi john.doe@example.com',
        ], $result);
    }

    /** PHP-FPM: preload in the master, fork workers, scan in each child (inherited and new filters). */
    public function testForkedWorkersScanAfterPreload(): void
    {
        if (!\function_exists('pcntl_fork')) {
            self::markTestSkipped('pcntl is not available');
        }
        $result = $this->runPreloaded('preload_fork_probe.php');
        self::assertTrue($result['preloaded'] ?? false, json_encode($result));
        self::assertSame('card [CREDIT_CARD]', $result['parent'] ?? null, json_encode($result));
        self::assertCount(3, $result['children'] ?? []);
        foreach ($result['children'] as $k => $child) {
            self::assertSame([
                'inherited' => 'Mail [EMAIL]',
                'fresh' => 'IBAN <IBAN_1>',
                'restored' => 'ok DE89 3704 0044 0532 0130 00',
                'scope' => true,
            ], $child, "child $k");
        }
        self::assertSame('call [PHONE]', $result['parent_after'] ?? null);
    }

    /** Runs a fixture in a child PHP with ffi.preload and opcache.preload as README.md says; its JSON line. */
    private function runPreloaded(string $fixture): array
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
        $args[] = __DIR__ . '/fixtures/' . $fixture;

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
        self::assertIsArray($result, (string) $stdout);
        return $result;
    }
}
