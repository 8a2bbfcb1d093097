<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use PHPUnit\Framework\TestCase;
use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Exception\BlockedException;
use SovereignFilter\Exception\InternalException;
use SovereignFilter\Exception\SessionFullException;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\LimitException;
use SovereignFilter\Exception\PolicyException;
use SovereignFilter\Exception\RegionException;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Internal\Errors;
use SovereignFilter\Status;

final class ErrorsTest extends TestCase
{
    /** @return iterable<string, array{int, class-string<SovereignFilterException>, string}> */
    public static function statuses(): iterable
    {
        yield 'blocked' => [Status::BLOCKED, BlockedException::class, 'SF_BLOCKED'];
        yield 'invalid argument' => [Status::E_INVALID_ARGUMENT, InvalidInputException::class, 'SF_E_INVALID_ARGUMENT'];
        yield 'invalid utf8' => [Status::E_INVALID_UTF8, InvalidInputException::class, 'SF_E_INVALID_UTF8'];
        yield 'policy' => [Status::E_POLICY, PolicyException::class, 'SF_E_POLICY'];
        yield 'limit' => [Status::E_LIMIT, LimitException::class, 'SF_E_LIMIT'];
        yield 'too large' => [Status::E_TOO_LARGE, InvalidInputException::class, 'SF_E_TOO_LARGE'];
        yield 'disabled' => [Status::E_DISABLED, AiDisabledException::class, 'SF_E_DISABLED'];
        yield 'nomem' => [Status::E_NOMEM, InternalException::class, 'SF_E_NOMEM'];
        yield 'internal' => [Status::E_INTERNAL, InternalException::class, 'SF_E_INTERNAL'];
        yield 'session full' => [Status::E_SESSION_FULL, SessionFullException::class, 'SF_E_SESSION_FULL'];
        yield 'region' => [Status::E_REGION, RegionException::class, 'SF_E_REGION'];
        yield 'unknown' => [42, InternalException::class, 'SF_UNKNOWN'];
    }

    /**
     * @dataProvider statuses
     *
     * @param class-string<SovereignFilterException> $class
     */
    public function testStatusMapsToItsException(int $status, string $class, string $name): void
    {
        $e = Errors::forStatus($status, 'sf_scan', 'detail text');
        self::assertInstanceOf($class, $e);
        self::assertInstanceOf(\RuntimeException::class, $e);
        self::assertSame($name, $e->getStatus());
        self::assertStringContainsString('sf_scan', $e->getMessage());
        self::assertStringContainsString($name, $e->getMessage());
        self::assertStringContainsString('detail text', $e->getMessage());
    }
}
