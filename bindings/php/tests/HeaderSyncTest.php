<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use PHPUnit\Framework\TestCase;
use SovereignFilter\Filter;
use SovereignFilter\Internal\Guards;
use SovereignFilter\Internal\Native;

/**
 * The PHP header is generated from include/sovereign_filter.h by tools/gen_ffi_header.py (FFI has
 * no preprocessor). testGeneratedHeaderIsCurrent fails while the committed file is stale; the other
 * checks compare the two headers independently of the generator. Status values: StatusTableTest.
 */
final class HeaderSyncTest extends TestCase
{
    private const C_HEADER = __DIR__ . '/../../../include/sovereign_filter.h';
    private const GENERATOR = __DIR__ . '/../tools/gen_ffi_header.py';

    private static function cHeader(): string
    {
        $text = file_get_contents(self::C_HEADER);
        self::assertIsString($text, 'cannot read ' . self::C_HEADER);
        return self::stripComments($text);
    }

    private static function phpHeader(): string
    {
        $text = file_get_contents(Native::headerPath());
        self::assertIsString($text);
        return self::stripComments($text);
    }

    private static function stripComments(string $c): string
    {
        return (string) preg_replace(['~/\*.*?\*/~s', '~//[^\n]*~'], ' ', $c);
    }

    /** @return list<string> names of functions declared (name followed by "(") */
    private static function functions(string $header): array
    {
        preg_match_all('/\b(sf_[a-z0-9_]+)\s*\(/', $header, $m);
        $names = array_values(array_unique($m[1]));
        sort($names);
        return $names;
    }

    /** @return list<string> enumerators of the sf_status enum, in order */
    private static function statuses(string $header): array
    {
        self::assertSame(1, preg_match('/typedef\s+enum\s*\{(.*?)\}\s*sf_status\s*;/s', $header, $m), 'no sf_status enum');
        preg_match_all('/\b(SF_[A-Z0-9_]+)\b/', $m[1], $names);
        return $names[1];
    }

    public function testEverySfFunctionOfTheCHeaderIsDeclaredInThePhpHeader(): void
    {
        $c = self::functions(self::cHeader());
        self::assertNotEmpty($c);
        $php = self::phpHeader();
        foreach ($c as $name) {
            self::assertMatchesRegularExpression(
                '/\b' . preg_quote($name, '/') . '\s*\(/',
                $php,
                "$name is in include/sovereign_filter.h but not in bindings/php/sovereign_filter.h"
            );
        }
        // And nothing the library does not export (FFI would fail to resolve it at load time).
        self::assertSame($c, self::functions($php));
    }

    public function testGeneratedHeaderIsCurrent(): void
    {
        $process = proc_open(['python3', self::GENERATOR, '--stdout'], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($process, 'cannot run python3 ' . self::GENERATOR);
        $generated = stream_get_contents($pipes[1]);
        $errors = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        self::assertSame(0, proc_close($process), "the generator failed: $errors");
        self::assertNotSame('', $generated);
        self::assertSame(
            $generated,
            file_get_contents(Native::headerPath()),
            'bindings/php/sovereign_filter.h is not what include/sovereign_filter.h generates: '
            . 'run python3 bindings/php/tools/gen_ffi_header.py and commit the result'
        );
    }

    public function testStatusEnumMatchesInOrder(): void
    {
        $c = self::statuses(self::cHeader());
        self::assertSame($c, self::statuses(self::phpHeader()));
    }

    /** @return array<string, int> enumerators of the sf_verdict enum with their values */
    private static function verdicts(string $header): array
    {
        self::assertSame(1, preg_match('/typedef\s+enum\s*\{([^{}]*)\}\s*sf_verdict\s*;/s', $header, $m), 'no sf_verdict enum');
        preg_match_all('/\b(SF_VERDICT_[A-Z0-9_]+)\s*=\s*(\d+)/', $m[1], $pairs, PREG_SET_ORDER);
        $out = [];
        foreach ($pairs as $pair) {
            $out[$pair[1]] = (int) $pair[2];
        }
        return $out;
    }

    public function testVerdictEnumMatches(): void
    {
        $c = self::verdicts(self::cHeader());
        self::assertNotEmpty($c);
        self::assertSame($c, self::verdicts(self::phpHeader()));
        $names = [];
        foreach ($c as $enumerator => $value) {
            $names[$value] = strtolower(substr($enumerator, \strlen('SF_VERDICT_')));
        }
        ksort($names);
        self::assertSame($names, Guards::VERDICTS, 'Guards::VERDICTS must map sf_verdict values to their names');
    }

    public function testPrototypesMatchExceptForBufferData(): void
    {
        // Compare each prototype with whitespace normalised; sf_buffer_data differs on purpose
        // (void * instead of const char *, see the PHP header's comment).
        $normalize = static function (string $header): array {
            preg_match_all('/^[^#\n;{}]*?\b(sf_[a-z0-9_]+)\s*\([^;{}]*\)\s*;/m', $header, $m, PREG_SET_ORDER);
            $out = [];
            foreach ($m as $match) {
                $out[$match[1]] = trim($match[0]);
            }
            ksort($out);
            return $out;
        };
        $c = $normalize(self::cHeader());
        $php = $normalize(self::phpHeader());
        self::assertSame(array_keys($c), array_keys($php));
        self::assertSame('constchar*sf_buffer_data(constsf_buffer*buffer);', (string) preg_replace('/\s+/', '', $c['sf_buffer_data']));
        self::assertSame('void*sf_buffer_data(constsf_buffer*buffer);', (string) preg_replace('/\s+/', '', $php['sf_buffer_data']));
        unset($c['sf_buffer_data'], $php['sf_buffer_data']);
        foreach ($c as $name => $proto) {
            self::assertSame(
                (string) preg_replace('/\s+/', '', $proto),
                (string) preg_replace('/\s+/', '', $php[$name]),
                "prototype of $name differs"
            );
        }
    }

    public function testFfiDirectivesOpenThePhpHeader(): void
    {
        // FFI::load / ffi.preload only honour these when they are the first lines of the file.
        $raw = (string) file_get_contents(Native::headerPath());
        self::assertStringStartsWith(
            "#define FFI_SCOPE \"" . Native::SCOPE . "\"\n#define FFI_LIB \"" . Native::LIBRARY_NAME . "\"\n",
            $raw
        );
        self::assertStringNotContainsString('#include', $raw);
        self::assertStringNotContainsString('#if', $raw);
    }

    public function testBindingMajorMatchesTheHeader(): void
    {
        self::assertSame(1, preg_match('/#define\s+SF_VERSION_MAJOR\s+(\d+)/', self::cHeader(), $m));
        self::assertSame((int) $m[1], Filter::BINDING_MAJOR);
        self::assertSame(1, preg_match('/#define\s+SF_VERSION_STRING\s+"([^"]+)"/', self::cHeader(), $v));
        self::assertSame($v[1], Filter::BINDING_VERSION);
    }

    public function testHeaderForLibraryOnlyChangesFfiLib(): void
    {
        $raw = (string) file_get_contents(Native::headerPath());
        $patched = Native::headerForLibrary('/opt/sovereign filter/lib/libsovereign_filter.so');
        self::assertStringContainsString("#define FFI_LIB \"/opt/sovereign filter/lib/libsovereign_filter.so\"\n", $patched);
        self::assertSame(
            str_replace('#define FFI_LIB "libsovereign_filter.so"', '', $raw),
            str_replace('#define FFI_LIB "/opt/sovereign filter/lib/libsovereign_filter.so"', '', $patched)
        );
    }
}
