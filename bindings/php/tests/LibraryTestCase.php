<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use PHPUnit\Framework\TestCase;
use SovereignFilter\Filter;
use SovereignFilter\Internal\Native;

/**
 * Base for tests that call the real shared library; they are skipped (not failed) until
 * `make lib` has produced it, so the header and loader tests still run on a fresh checkout.
 */
abstract class LibraryTestCase extends TestCase
{
    protected function setUp(): void
    {
        parent::setUp();
        $path = Native::resolveLibraryPath();
        if (!is_file($path)) {
            self::markTestSkipped(sprintf(
                'SovereignFilter library not found at %s: build it with `make lib` or set %s',
                $path,
                Native::LIBRARY_ENV
            ));
        }
    }

    protected function filter(?string $policyJson = null): Filter
    {
        return new Filter($policyJson);
    }

    /** Deletes a temporary state directory and everything in it (symlinks are removed, not followed). */
    protected static function removeTree(string $path): void
    {
        if (is_dir($path) && !is_link($path)) {
            foreach (array_diff(scandir($path) ?: [], ['.', '..']) as $entry) {
                self::removeTree($path . '/' . $entry);
            }
            rmdir($path);
        } elseif (file_exists($path) || is_link($path)) {
            unlink($path);
        }
    }

    /** Resident set size of this process in KiB, from /proc (what the kernel actually holds). */
    protected static function rssKiB(): int
    {
        $status = file_get_contents('/proc/self/status');
        if ($status === false || !preg_match('/^VmRSS:\s+(\d+)\s+kB$/m', $status, $m)) {
            self::fail('cannot read VmRSS from /proc/self/status');
        }
        return (int) $m[1];
    }
}
