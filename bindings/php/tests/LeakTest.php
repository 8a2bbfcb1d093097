<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

/**
 * Every sf_buffer, engine and session the binding receives must be freed. Measured as the
 * process RSS (what FPM workers accumulate over thousands of requests), not PHP's heap.
 */
final class LeakTest extends LibraryTestCase
{
    private const PROMPT = 'Hi, I am Jane. Mail jane.doe@example.com or call +49 30 1234567 about order 123456, thanks!';
    private const LIMIT_KIB = 1024;

    public function testRedactDoesNotLeak(): void
    {
        self::assertGreaterThanOrEqual(90, \strlen(self::PROMPT));
        $filter = $this->filter();
        for ($i = 0; $i < 1000; $i++) {
            $filter->redact(self::PROMPT);
        }
        gc_collect_cycles();
        $before = self::rssKiB();
        for ($i = 0; $i < 100000; $i++) {
            $out = $filter->redact(self::PROMPT);
        }
        unset($out);
        gc_collect_cycles();
        $growth = self::rssKiB() - $before;
        self::assertLessThan(self::LIMIT_KIB, $growth, "RSS grew by $growth KiB over 100000 redact calls");
    }

    public function testSessionLifecycleDoesNotLeak(): void
    {
        $filter = $this->filter();
        $cycle = static function () use ($filter): void {
            $session = $filter->newSession();
            $filter->redact(self::PROMPT, $session);
            $copy = $filter->importSession($session->export());
            $copy->restore('Reply to <EMAIL_1>');
            $filter->scan(self::PROMPT);
        };
        for ($i = 0; $i < 1000; $i++) {
            $cycle();
        }
        gc_collect_cycles();
        $before = self::rssKiB();
        for ($i = 0; $i < 20000; $i++) {
            $cycle();
        }
        gc_collect_cycles();
        $growth = self::rssKiB() - $before;
        self::assertLessThan(self::LIMIT_KIB, $growth, "RSS grew by $growth KiB over 20000 session cycles");
    }

    public function testErrorsDoNotLeak(): void
    {
        $filter = $this->filter('{"entities":{"EMAIL":"block"}}');
        $fail = static function () use ($filter): void {
            try {
                $filter->redact(self::PROMPT);
            } catch (\SovereignFilter\Exception\BlockedException $e) {
            }
            try {
                $filter->scan("bad \xff utf-8");
            } catch (\SovereignFilter\Exception\InvalidInputException $e) {
            }
        };
        for ($i = 0; $i < 1000; $i++) {
            $fail();
        }
        gc_collect_cycles();
        $before = self::rssKiB();
        for ($i = 0; $i < 20000; $i++) {
            $fail();
        }
        gc_collect_cycles();
        $growth = self::rssKiB() - $before;
        self::assertLessThan(self::LIMIT_KIB, $growth, "RSS grew by $growth KiB over 20000 failing calls");
    }
}
