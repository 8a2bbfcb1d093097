<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use PHPUnit\Framework\TestCase;
use SovereignFilter\Exception\InternalException;
use SovereignFilter\Filter;
use SovereignFilter\Internal\Native;

/** Library lookup and load failures; none of these need the real library. */
final class LoaderTest extends TestCase
{
    private string|false $savedEnv;

    protected function setUp(): void
    {
        $this->savedEnv = getenv(Native::LIBRARY_ENV);
    }

    protected function tearDown(): void
    {
        putenv($this->savedEnv === false ? Native::LIBRARY_ENV : Native::LIBRARY_ENV . '=' . $this->savedEnv);
    }

    public function testDefaultPathIsTheRepositoryDistLib(): void
    {
        putenv(Native::LIBRARY_ENV);
        self::assertSame(\dirname(__DIR__, 3) . '/dist/lib/libsovereign_filter.so', Native::resolveLibraryPath());
    }

    public function testConstructorArgumentWinsOverEnvironment(): void
    {
        putenv(Native::LIBRARY_ENV . '=/from/env/libsovereign_filter.so');
        self::assertSame('/from/env/libsovereign_filter.so', Native::resolveLibraryPath());
        self::assertSame('/from/arg/lib.so', Native::resolveLibraryPath('/from/arg/lib.so'));
    }

    public function testMissingLibraryIsAnInternalExceptionNamingThePath(): void
    {
        try {
            new Filter(null, '/nonexistent/dir/libsovereign_filter.so');
            self::fail('expected InternalException');
        } catch (InternalException $e) {
            self::assertSame('SF_E_INTERNAL', $e->getStatus());
            self::assertStringContainsString('/nonexistent/dir/libsovereign_filter.so', $e->getMessage());
            self::assertStringContainsString(Native::LIBRARY_ENV, $e->getMessage());
        }
    }

    public function testMissingLibraryFromEnvironment(): void
    {
        putenv(Native::LIBRARY_ENV . '=/nonexistent/env/libsovereign_filter.so');
        $this->expectException(InternalException::class);
        $this->expectExceptionMessage('/nonexistent/env/libsovereign_filter.so');
        new Filter();
    }

    public function testAFileThatIsNotALibraryIsAnInternalExceptionWithoutWarnings(): void
    {
        // phpunit.xml.dist turns warnings into failures, so this also proves no warning leaks.
        $this->expectException(InternalException::class);
        $this->expectExceptionMessage('cannot load SovereignFilter library');
        new Filter(null, Native::headerPath());
    }
}
