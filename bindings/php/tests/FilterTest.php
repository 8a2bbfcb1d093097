<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use SovereignFilter\Exception\BlockedException;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\PolicyException;
use SovereignFilter\Filter;

/** Known answers against the real library (skipped until it is built). */
final class FilterTest extends LibraryTestCase
{
    private Filter $filter;

    protected function setUp(): void
    {
        parent::setUp();
        $this->filter = $this->filter();
    }

    public function testVersionHasTheBindingsMajor(): void
    {
        self::assertMatchesRegularExpression('/^' . Filter::BINDING_MAJOR . '\.\d+\.\d+/', $this->filter->version());
    }

    public function testScanFindsEmailAtByteOffsets(): void
    {
        $spans = $this->filter->scan('Mail me at john.doe@example.com');
        self::assertCount(1, $spans);
        self::assertSame(['start', 'end', 'type', 'score'], array_keys($spans[0]));
        self::assertSame(11, $spans[0]['start']);
        self::assertSame(31, $spans[0]['end']);
        self::assertSame('EMAIL', $spans[0]['type']);
        self::assertIsFloat($spans[0]['score']);
        self::assertGreaterThan(0.5, $spans[0]['score']);
        self::assertLessThanOrEqual(1.0, $spans[0]['score']);
    }

    public function testRedactReplacesEmail(): void
    {
        self::assertSame('Mail me at [EMAIL]', $this->filter->redact('Mail me at john.doe@example.com'));
    }

    public function testCreditCard(): void
    {
        $text = 'Card: 4111 1111 1111 1111';
        $cards = array_values(array_filter($this->filter->scan($text), static fn (array $s): bool => $s['type'] === 'CREDIT_CARD'));
        self::assertCount(1, $cards);
        self::assertSame('4111 1111 1111 1111', substr($text, $cards[0]['start'], $cards[0]['end'] - $cards[0]['start']));

        $redacted = $this->filter->redact($text);
        self::assertStringContainsString('[CREDIT_CARD]', $redacted);
        self::assertStringNotContainsString('4111', $redacted);
    }

    public function testCleanTextIsUnchanged(): void
    {
        self::assertSame([], $this->filter->scan('Do you have the blue sneakers in size 42?'));
        self::assertSame('Do you have the blue sneakers in size 42?', $this->filter->redact('Do you have the blue sneakers in size 42?'));
    }

    public function testEmptyText(): void
    {
        self::assertSame([], $this->filter->scan(''));
        self::assertSame('', $this->filter->redact(''));
    }

    public function testOffsetsAreBytesInMultibyteText(): void
    {
        $text = 'Grüße, jürgen@example.com';
        $spans = $this->filter->scan($text);
        self::assertCount(1, $spans);
        self::assertSame('EMAIL', $spans[0]['type']);
        self::assertSame(9, $spans[0]['start'], '"Grüße, " is 9 bytes (7 characters)');
        self::assertSame(\strlen($text), $spans[0]['end']);
        self::assertSame('jürgen@example.com', substr($text, $spans[0]['start'], $spans[0]['end'] - $spans[0]['start']));
        self::assertSame('Grüße, [EMAIL]', $this->filter->redact($text));
    }

    public function testNulBytesAreOrdinaryCharacters(): void
    {
        $text = "a\0b john@example.com";
        $spans = $this->filter->scan($text);
        self::assertCount(1, $spans);
        self::assertSame(4, $spans[0]['start']);
        self::assertSame(20, $spans[0]['end']);
        self::assertSame('john@example.com', substr($text, 4, 16));
        // The NUL survives the round trip through C: nothing is cut at it.
        self::assertSame("a\0b [EMAIL]", $this->filter->redact($text));
    }

    public function testInvalidUtf8IsRefusedByScan(): void
    {
        try {
            $this->filter->scan("\xff\xfe");
            self::fail('expected InvalidInputException');
        } catch (InvalidInputException $e) {
            self::assertSame('SF_E_INVALID_UTF8', $e->getStatus());
        }
    }

    public function testInvalidUtf8IsRefusedByRedactWithoutReturningText(): void
    {
        $this->expectException(InvalidInputException::class);
        $this->filter->redact("john@example.com \xff\xfe");
    }

    public function testTenMebibytes(): void
    {
        $email = 'planted.near.the.end@example.org';
        $filler = str_repeat('The quick brown fox jumps over the lazy dog. ', intdiv(10 << 20, 45));
        $text = $filler . 'Contact: ' . $email . ' -- end.';
        self::assertGreaterThanOrEqual(10 << 20, \strlen($text) + 1024);

        $start = \strlen($filler) + \strlen('Contact: ');
        $emails = array_values(array_filter($this->filter->scan($text), static fn (array $s): bool => $s['type'] === 'EMAIL'));
        self::assertCount(1, $emails);
        self::assertSame($start, $emails[0]['start']);
        self::assertSame($start + \strlen($email), $emails[0]['end']);

        $redacted = $this->filter->redact($text);
        self::assertSame(\strlen($text) - \strlen($email) + \strlen('[EMAIL]'), \strlen($redacted));
        self::assertStringEndsWith('Contact: [EMAIL] -- end.', $redacted);
    }

    public function testInputOverThePolicyLimitIsTooLarge(): void
    {
        $filter = $this->filter('{"max_input_bytes": 16}');
        self::assertSame('abcdefghijklmnop', $filter->redact('abcdefghijklmnop'));
        try {
            $filter->redact('abcdefghijklmnopq');
            self::fail('expected InvalidInputException');
        } catch (InvalidInputException $e) {
            self::assertSame('SF_E_TOO_LARGE', $e->getStatus());
        }
    }

    public function testBadPolicyValueNamesTheField(): void
    {
        try {
            $this->filter('{"min_score": 7}');
            self::fail('expected PolicyException');
        } catch (PolicyException $e) {
            self::assertSame('SF_E_POLICY', $e->getStatus());
            self::assertStringContainsString('min_score', $e->getMessage());
        }
    }

    public function testMalformedPolicyJson(): void
    {
        $this->expectException(PolicyException::class);
        $this->filter('{"min_score": ');
    }

    public function testBlockOperatorThrowsBlocked(): void
    {
        $filter = $this->filter('{"entities":{"EMAIL":"block"}}');
        try {
            $filter->redact('Mail me at john.doe@example.com');
            self::fail('expected BlockedException');
        } catch (BlockedException $e) {
            self::assertSame('SF_BLOCKED', $e->getStatus());
            self::assertStringNotContainsString('john.doe', $e->getMessage());
        }
        // Text without the blocked type still goes through.
        self::assertSame('Hello', $filter->redact('Hello'));
    }

    public function testEnginesAreIndependent(): void
    {
        $blocking = $this->filter('{"entities":{"EMAIL":"block"}}');
        self::assertSame('Mail me at [EMAIL]', $this->filter->redact('Mail me at john.doe@example.com'));
        $this->expectException(BlockedException::class);
        $blocking->redact('Mail me at john.doe@example.com');
    }
}
