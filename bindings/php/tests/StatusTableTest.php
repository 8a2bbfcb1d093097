<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use PHPUnit\Framework\TestCase;
use SovereignFilter\Internal\Native;
use SovereignFilter\Status;

/**
 * The sf_status enum of include/sovereign_filter.h (names and values, implicit values counted as C
 * does) is the one status table; SovereignFilter\Status and the library's sf_status_name must match
 * it exactly. The Swift side (SFError.Code) is checked by Tests/SovereignFilterTests/StatusTableTests.swift.
 */
final class StatusTableTest extends TestCase
{
    private const C_HEADER = __DIR__ . '/../../../include/sovereign_filter.h';

    /** @return array<string, int> enumerator => value, in declaration order */
    public static function headerStatuses(): array
    {
        $text = file_get_contents(self::C_HEADER);
        self::assertIsString($text, 'cannot read ' . self::C_HEADER);
        $text = (string) preg_replace(['~/\*.*?\*/~s', '~//[^\n]*~'], ' ', $text);
        self::assertSame(1, preg_match('/typedef\s+enum\s*\{([^{}]*)\}\s*sf_status\s*;/', $text, $m), 'no sf_status enum');
        $out = [];
        $next = 0;
        foreach (explode(',', $m[1]) as $item) {
            $item = trim($item);
            if ($item === '') {
                continue;
            }
            self::assertSame(1, preg_match('/^(SF_[A-Z0-9_]+)(?:\s*=\s*(-?\d+))?$/', $item, $e), "cannot read enumerator '$item'");
            $value = isset($e[2]) ? (int) $e[2] : $next;
            self::assertArrayNotHasKey($e[1], $out, "{$e[1]} declared twice");
            self::assertNotContains($value, $out, "{$e[1]} repeats value $value");
            $out[$e[1]] = $value;
            $next = $value + 1;
        }
        self::assertGreaterThanOrEqual(11, \count($out), 'sf_status has fewer enumerators than SF_OK...SF_E_SESSION_FULL');
        self::assertSame(0, $out['SF_OK'] ?? null);
        return $out;
    }

    public function testNamesListTheEnumByValue(): void
    {
        $names = [];
        foreach (self::headerStatuses() as $name => $value) {
            $names[$value] = $name;
        }
        ksort($names);
        self::assertSame(range(0, \count($names) - 1), array_keys($names), 'Status::NAMES needs the values to be 0..N-1');
        self::assertSame($names, Status::NAMES, 'SovereignFilter\\Status::NAMES must list the enum by value');
        foreach ($names as $value => $name) {
            self::assertSame($name, Status::name($value));
            self::assertStringStartsNotWith('unknown status', Status::meaning($value), "Status::MEANINGS lacks $name");
        }
        self::assertSame('SF_UNKNOWN', Status::name(\count($names)));
        self::assertSame('SF_UNKNOWN', Status::name(-1));
        self::assertStringStartsWith('unknown status', Status::meaning(\count($names)), 'Status::MEANINGS has more entries than sf_status');
    }

    public function testConstantsAreTheEnumWithoutItsPrefix(): void
    {
        $expected = [];
        foreach (self::headerStatuses() as $name => $value) {
            $expected[substr($name, \strlen('SF_'))] = $value;
        }
        $actual = [];
        foreach ((new \ReflectionClass(Status::class))->getReflectionConstants() as $constant) {
            if ($constant->isPublic() && \is_int($constant->getValue())) {
                $actual[$constant->getName()] = $constant->getValue();
            }
        }
        self::assertSame($expected, $actual, 'SovereignFilter\\Status constants must be the sf_status enumerators (SF_ dropped), in C order');
    }

    public function testLibraryNamesEveryStatusAsTheHeaderDoes(): void
    {
        $path = Native::resolveLibraryPath();
        if (!is_file($path)) {
            self::markTestSkipped("SovereignFilter library not found at $path: build it with `make lib`");
        }
        $ffi = Native::load();
        $statuses = self::headerStatuses();
        foreach ($statuses as $name => $value) {
            self::assertSame($name, $ffi->sf_status_name($value), "sf_status_name($value)");
        }
        self::assertSame('SF_UNKNOWN', $ffi->sf_status_name(max($statuses) + 1));
        self::assertSame('SF_UNKNOWN', $ffi->sf_status_name(-1));
    }
}
