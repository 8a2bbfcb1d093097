<?php

declare(strict_types=1);

namespace SovereignFilter\Tests;

use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Filter;
use SovereignFilter\Session;

/**
 * The incident kit: kill switch (global and per feature), session features, inference log.
 * Every test gets its own state directory through the policy, so nothing touches
 * /var/tmp/sovereign-filter or $SOVEREIGN_FILTER_STATE_DIR.
 */
final class KillSwitchTest extends LibraryTestCase
{
    private const EMAIL = 'john.doe@example.com';

    private string $dir;

    protected function setUp(): void
    {
        parent::setUp();
        $this->dir = sys_get_temp_dir() . '/sf-php-kill-' . bin2hex(random_bytes(6));
    }

    protected function tearDown(): void
    {
        self::removeTree($this->dir);
        parent::tearDown();
    }

    /** @param array<string, mixed> $extra */
    private function policy(int $recheckMs = 0, array $extra = []): string
    {
        return json_encode(['state_dir' => $this->dir, 'kill_switch_recheck_ms' => $recheckMs] + $extra, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES);
    }

    private function killSwitchFilter(int $recheckMs = 0, array $extra = []): Filter
    {
        return $this->filter($this->policy($recheckMs, $extra));
    }

    private static function assertDisabled(callable $call, string $what): void
    {
        try {
            $call();
        } catch (AiDisabledException $e) {
            self::assertSame('SF_E_DISABLED', $e->getStatus(), $what);
            return;
        }
        self::fail("$what: expected AiDisabledException");
    }

    /** redact, checkOutput (both entry points) and a whole stream with $session all work. */
    private static function assertSessionWorks(Filter $filter, Session $session): void
    {
        self::assertSame('Mail me at <EMAIL_1>', $filter->redact('Mail me at ' . self::EMAIL, $session));
        self::assertSame('Hi ' . self::EMAIL, $session->checkOutput('Hi <EMAIL_1>')->text);
        self::assertSame('Hi ' . self::EMAIL, $filter->checkOutput('Hi <EMAIL_1>', $session)->text);
        $stream = $session->stream();
        self::assertSame('Hi ' . self::EMAIL, $stream->push('Hi <EMAIL_1>') . $stream->finish());
    }

    /** Every guarded call with $session throws AiDisabledException. */
    private static function assertSessionDisabled(Filter $filter, Session $session): void
    {
        self::assertDisabled(static fn () => $filter->redact('Mail me at ' . self::EMAIL, $session), 'redact');
        self::assertDisabled(static fn () => $session->checkOutput('Hi <EMAIL_1>'), 'Session::checkOutput');
        self::assertDisabled(static fn () => $filter->checkOutput('Hi <EMAIL_1>', $session), 'Filter::checkOutput');
        self::assertDisabled(static fn () => $session->stream(), 'Session::stream');
        self::assertDisabled(static fn () => $filter->stream($session), 'Filter::stream');
    }

    public function testOffByDefault(): void
    {
        $filter = $this->killSwitchFilter();
        self::assertFalse($filter->isDisabled());
        self::assertFalse($filter->isDisabled('support_chat'));
        self::assertFalse($filter->isDisabled('checkout_assist'));
        self::assertSessionWorks($filter, $filter->newSession('support_chat'));
        self::assertSame('allow', $filter->checkPrompt('Where is my order?')['verdict']);
        self::assertDirectoryDoesNotExist($this->dir, 'asking must not create the state directory');
    }

    public function testFeatureSwitchOnAndOff(): void
    {
        $filter = $this->killSwitchFilter();
        $filter->setKillSwitch(true, 'support_chat', 'vendor incident #42', 'alice');

        self::assertTrue($filter->isDisabled('support_chat'));
        self::assertFalse($filter->isDisabled('checkout_assist'));
        self::assertFalse($filter->isDisabled(), 'a feature switch is not the global one');
        // Who and why are recorded in the shared state file.
        $state = (string) file_get_contents($this->dir . '/killswitch.json');
        self::assertStringContainsString('vendor incident #42', $state);
        self::assertStringContainsString('alice', $state);

        $filter->setKillSwitch(false, 'support_chat', 'vendor fixed it', 'bob');
        self::assertFalse($filter->isDisabled('support_chat'));
        self::assertSessionWorks($filter, $filter->newSession('support_chat'));
    }

    public function testGuardedCallsOfAKilledFeatureThrowWhileOtherFeaturesWork(): void
    {
        $filter = $this->killSwitchFilter();
        $support = $filter->newSession('support_chat');
        $checkout = $filter->newSession('checkout_assist');
        self::assertSame('support_chat', $support->feature());
        $filter->redact('Mail me at ' . self::EMAIL, $support); // before the switch: fine

        $filter->setKillSwitch(true, 'support_chat', 'incident', 'alice');

        self::assertSessionDisabled($filter, $support);
        self::assertSessionDisabled($filter, $filter->newSession('support_chat'));
        self::assertSessionWorks($filter, $checkout);
        // Sessionless calls and the prompt check belong to feature "default": not affected.
        self::assertSame('Mail me at [EMAIL]', $filter->redact('Mail me at ' . self::EMAIL));
        self::assertSame('allow', $filter->checkPrompt('Where is my order?')['verdict']);
        // Restore and export are not guarded: the conversation can be kept for after the incident.
        self::assertSame(self::EMAIL, $support->restore('<EMAIL_1>'));
        self::assertNotSame('', $support->export());
    }

    public function testSetFeatureMovesASessionToAnotherSwitch(): void
    {
        $filter = $this->killSwitchFilter();
        $session = $filter->newSession();
        self::assertSame('default', $session->feature());
        $filter->setKillSwitch(true, 'support_chat', 'incident', 'alice');
        self::assertSame('<EMAIL_1>', $filter->redact(self::EMAIL, $session));

        $session->setFeature('support_chat');
        self::assertSame('support_chat', $session->feature());
        self::assertSessionDisabled($filter, $session);

        $session->setFeature('checkout_assist');
        self::assertSame('<EMAIL_1>', $filter->redact(self::EMAIL, $session));
    }

    public function testAStreamStartedBeforeTheSwitchStopsAtTheNextPush(): void
    {
        $filter = $this->killSwitchFilter();
        $session = $filter->newSession('support_chat');
        $stream = $session->stream();
        $shown = $stream->push('Hello, ');
        $filter->setKillSwitch(true, 'support_chat', 'incident', 'alice');
        self::assertDisabled(static fn () => $stream->push('how can I help?'), 'push after the switch');
        // The stream is dead: finish() does not hand out what was held back.
        self::assertDisabled(static fn () => $stream->finish(), 'finish after a disabled push');
        self::assertDisabled(static fn () => $stream->verdict(), 'verdict after a disabled push');
        // 'Hello, ' was held back (the 256-byte tail) and, the stream being dead, is never released.
        self::assertSame('', $shown);
    }

    public function testTheFeatureIsNotPartOfTheSealedSession(): void
    {
        $filter = $this->killSwitchFilter();
        $session = $filter->newSession('support_chat');
        $filter->redact(self::EMAIL, $session);
        $sealed = $session->export();
        $filter->setKillSwitch(true, 'support_chat', 'incident', 'alice');

        // The library does not seal the feature: an import without one is "default" ...
        $plain = $filter->importSession($sealed);
        self::assertSame('default', $plain->feature());
        self::assertSame('<EMAIL_1>', $filter->redact(self::EMAIL, $plain));
        // ... so pass it to importSession() to stay under the feature's switch.
        $imported = $filter->importSession($sealed, 'support_chat');
        self::assertSame('support_chat', $imported->feature());
        self::assertSessionDisabled($filter, $imported);
    }

    public function testGlobalSwitchDisablesEverything(): void
    {
        $filter = $this->killSwitchFilter();
        $session = $filter->newSession('support_chat');
        $filter->setKillSwitch(true, null, 'stop everything', 'alice');

        self::assertTrue($filter->isDisabled());
        foreach (['support_chat', 'checkout_assist', 'product_discovery', 'default'] as $feature) {
            self::assertTrue($filter->isDisabled($feature), $feature);
            self::assertSessionDisabled($filter, $filter->newSession($feature));
        }
        self::assertSessionDisabled($filter, $session);
        self::assertDisabled(static fn () => $filter->redact(self::EMAIL), 'sessionless redact');
        self::assertDisabled(static fn () => $filter->checkOutput('hello'), 'sessionless checkOutput');
        self::assertDisabled(static fn () => $filter->stream(), 'sessionless stream');
        self::assertDisabled(static fn () => $filter->checkPrompt('hello'), 'checkPrompt');

        $filter->setKillSwitch(false, null, 'all clear', 'bob');
        self::assertFalse($filter->isDisabled());
        self::assertSessionWorks($filter, $session);
    }

    public function testDefaultFeatureSwitchCoversSessionlessCalls(): void
    {
        $filter = $this->killSwitchFilter();
        $filter->setKillSwitch(true, 'default', 'no anonymous calls', 'alice');
        self::assertFalse($filter->isDisabled());
        self::assertDisabled(static fn () => $filter->redact(self::EMAIL), 'sessionless redact');
        self::assertDisabled(static fn () => $filter->stream(), 'sessionless stream');
        self::assertDisabled(static fn () => $filter->checkPrompt('hello'), 'checkPrompt');
        self::assertSessionWorks($filter, $filter->newSession('support_chat'));
    }

    public function testASecondFilterWithTheSameStateDirSeesTheChange(): void
    {
        $worker1 = $this->killSwitchFilter();
        $worker2 = $this->killSwitchFilter();
        $session2 = $worker2->newSession('support_chat');
        self::assertFalse($worker2->isDisabled('support_chat'));

        $worker1->setKillSwitch(true, 'support_chat', 'incident', 'alice');
        self::assertTrue($worker2->isDisabled('support_chat'));
        self::assertFalse($worker2->isDisabled('checkout_assist'));
        self::assertSessionDisabled($worker2, $session2);

        $worker1->setKillSwitch(false, 'support_chat', 'fixed', 'bob');
        self::assertFalse($worker2->isDisabled('support_chat'));
        self::assertSame('<EMAIL_1>', $worker2->redact(self::EMAIL, $session2));
    }

    public function testAFilterWithAnotherStateDirIsNotAffected(): void
    {
        $filter = $this->killSwitchFilter();
        $filter->setKillSwitch(true, null, 'incident', 'alice');
        $otherDir = $this->dir . '/other';
        $other = $this->filter(json_encode(['state_dir' => $otherDir, 'kill_switch_recheck_ms' => 0], JSON_THROW_ON_ERROR));
        self::assertFalse($other->isDisabled());
        self::assertSame('[EMAIL]', $other->redact(self::EMAIL));
    }

    /** @return iterable<string, array{string, int}> */
    public static function childProcesses(): iterable
    {
        yield 'proc_open, recheck 0' => ['proc_open', 0];
        yield 'proc_open, recheck 200' => ['proc_open', 200];
        if (\function_exists('pcntl_fork') && \function_exists('posix_kill')) {
            yield 'pcntl_fork, recheck 0' => ['fork', 0];
            yield 'pcntl_fork, recheck 200' => ['fork', 200];
        }
    }

    /**
     * Another process (a PHP-FPM worker, cron) sees the switch the parent sets within its recheck
     * interval. The child first asks (so its cached answer "off" is fresh), then the parent sets
     * the switch and says "go", and the child polls until it sees it.
     *
     * @dataProvider childProcesses
     */
    public function testAChildProcessSeesTheSwitchWithinTheRecheckInterval(string $mode, int $recheckMs): void
    {
        $policy = $this->policy($recheckMs);
        [$seenMs, $redact] = $mode === 'fork'
            ? $this->forkedChild($policy)
            : $this->procOpenChild($policy);

        fwrite(STDERR, sprintf("\n[kill switch] %s child, kill_switch_recheck_ms=%d: saw the switch after %.1f ms\n", $mode, $recheckMs, $seenMs));
        // Scheduling slack on a loaded machine; the point is "within the interval", not "eventually".
        self::assertLessThanOrEqual($recheckMs + 250.0, $seenMs, "the $mode child saw the switch too late");
        self::assertSame('disabled', $redact, 'the child refused a support_chat redact once it saw the switch');
    }

    /** @return array{float, string} milliseconds until the child saw the switch, and its redact outcome */
    private function procOpenChild(string $policy): array
    {
        $code = <<<'PHP'
            require $argv[1];
            $filter = new SovereignFilter\Filter($argv[2]);
            if ($filter->isDisabled('support_chat')) { echo "on-too-early\n"; exit(2); }
            echo "ready\n";
            if (fgets(STDIN) !== "go\n") { exit(3); }
            $t = hrtime(true);
            while (!$filter->isDisabled('support_chat')) {
                if (hrtime(true) - $t > 5e9) { echo "timeout\n"; exit(4); }
                usleep(200);
            }
            printf("seen %.3f\n", (hrtime(true) - $t) / 1e6);
            try {
                $filter->redact('john.doe@example.com', $filter->newSession('support_chat'));
                echo "allowed\n";
            } catch (SovereignFilter\Exception\AiDisabledException $e) {
                echo "disabled\n";
            }
            PHP;
        $process = proc_open(
            [PHP_BINARY, '-r', $code, '--', __DIR__ . '/bootstrap.php', $policy],
            [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']],
            $pipes
        );
        self::assertIsResource($process, 'proc_open failed');
        try {
            $read = [$pipes[1]];
            $none = null;
            // Never hang the suite on a stuck child.
            $ready = stream_select($read, $none, $none, 30) === 1 ? fgets($pipes[1]) : 'no answer within 30 s';
            if ($ready !== "ready\n") {
                proc_terminate($process, SIGKILL);
                fclose($pipes[0]);
                self::fail('child did not start: ' . $ready . stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]));
            }
            $this->killSwitchFilter()->setKillSwitch(true, 'support_chat', 'incident', 'parent');
            fwrite($pipes[0], "go\n");
            fclose($pipes[0]);
            $out = (string) stream_get_contents($pipes[1]);
            $err = (string) stream_get_contents($pipes[2]);
        } finally {
            foreach ($pipes as $pipe) {
                if (\is_resource($pipe)) {
                    fclose($pipe);
                }
            }
            $exit = proc_close($process);
        }
        self::assertSame(0, $exit, "child failed: $out $err");
        self::assertSame(1, preg_match('/^seen ([0-9.]+)\n(allowed|disabled)\n$/D', $out, $m), "child said: $out $err");
        return [(float) $m[1], $m[2]];
    }

    /**
     * The child inherits the parent's engine (and its cached answer): the case of a worker forked
     * after the Filter was built.
     *
     * @return array{float, string}
     */
    private function forkedChild(string $policy): array
    {
        $filter = $this->filter($policy);
        self::assertFalse($filter->isDisabled('support_chat'));
        $pair = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
        self::assertIsArray($pair);
        [$parentEnd, $childEnd] = $pair;
        $pid = pcntl_fork();
        self::assertNotSame(-1, $pid, 'pcntl_fork failed');
        if ($pid === 0) {
            // Child: never return into PHPUnit. Drop its output buffers, answer, then SIGKILL itself so
            // no destructor or shutdown function of the parent's objects runs here.
            while (ob_get_level() > 0) {
                ob_end_clean();
            }
            fclose($parentEnd);
            $answer = 'error';
            try {
                if (fgets($childEnd) === "go\n") {
                    $t = hrtime(true);
                    while (!$filter->isDisabled('support_chat') && hrtime(true) - $t < 5e9) {
                        usleep(200);
                    }
                    $seen = (hrtime(true) - $t) / 1e6;
                    try {
                        $filter->redact(self::EMAIL, $filter->newSession('support_chat'));
                        $outcome = 'allowed';
                    } catch (AiDisabledException $e) {
                        $outcome = 'disabled';
                    }
                    $answer = sprintf('seen %.3f %s', $seen, $outcome);
                }
            } catch (\Throwable $e) {
                $answer = 'error ' . \get_class($e);
            }
            fwrite($childEnd, $answer . "\n");
            fflush($childEnd);
            posix_kill(getmypid(), SIGKILL);
            exit(1); // not reached
        }
        fclose($childEnd);
        $this->killSwitchFilter()->setKillSwitch(true, 'support_chat', 'incident', 'parent');
        fwrite($parentEnd, "go\n");
        $read = [$parentEnd];
        $none = null;
        if (stream_select($read, $none, $none, 30) !== 1) {
            posix_kill($pid, SIGKILL);
        }
        $line = (string) fgets($parentEnd);
        fclose($parentEnd);
        pcntl_waitpid($pid, $status);
        self::assertSame(1, preg_match('/^seen ([0-9.]+) (allowed|disabled)\n$/D', $line, $m), "child said: $line");
        return [(float) $m[1], $m[2]];
    }

    public function testInferenceLogRecordsEveryRedactWithoutRawPii(): void
    {
        $filter = $this->killSwitchFilter(0, ['log' => true]);
        $session = $filter->newSession('support_chat');
        $log = $this->dir . '/inference.jsonl';
        $emails = [self::EMAIL, 'anna.schmidt@example.org', 'support+vip@example.net'];

        foreach ($emails as $i => $email) {
            $filter->redact("Please mail $email about order 4711", $session);
            clearstatcache(true, $log);
            self::assertFileExists($log);
            $lines = file($log, FILE_IGNORE_NEW_LINES) ?: [];
            self::assertCount($i + 1, $lines, 'one line per redact');
        }

        $raw = (string) file_get_contents($log);
        foreach ($emails as $email) {
            self::assertStringNotContainsString($email, $raw);
            self::assertStringNotContainsString(strstr($email, '@', true), $raw, 'not even the local part');
        }
        self::assertStringContainsString('"feature": "support_chat"', $raw);

        $previous = null;
        foreach (file($log, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
            $record = json_decode($line, true, 16, JSON_THROW_ON_ERROR);
            self::assertSame('support_chat', $record['feature']);
            self::assertSame(['EMAIL' => 1, 'ORDER_NUMBER' => 1], $record['entities']);  // "order 4711": an id an order word points at
            // Hash-chained: each record names the SHA-256 of the line before it (zeros for the first).
            self::assertSame($previous === null ? str_repeat('0', 64) : hash('sha256', $previous), $record['prev']);
            $previous = $line;
        }
    }

    public function testInferenceLogIsOffUnlessThePolicyAsks(): void
    {
        $filter = $this->killSwitchFilter();
        $filter->redact(self::EMAIL, $filter->newSession('support_chat'));
        self::assertFileDoesNotExist($this->dir . '/inference.jsonl');
    }

    /** @return iterable<string, array{string}> */
    public static function invalidFeatureNames(): iterable
    {
        yield 'empty' => [''];
        yield 'space' => ['support chat'];
        yield 'dot' => ['support.chat'];
        yield 'slash' => ['../etc'];
        yield 'non-ASCII letter' => ['café'];
        yield 'newline' => ["support_chat\n"];
        yield 'NUL' => ["support_chat\0"];
        yield '65 bytes' => [str_repeat('a', 65)];
    }

    /** @dataProvider invalidFeatureNames */
    public function testInvalidFeatureNamesAreRefusedEverywhere(string $name): void
    {
        $filter = $this->killSwitchFilter();
        $session = $filter->newSession();
        $sealed = $session->export();
        $calls = [
            'Session::setFeature' => static fn () => $session->setFeature($name),
            'Filter::newSession' => static fn () => $filter->newSession($name),
            'Filter::importSession' => static fn () => $filter->importSession($sealed, $name),
            'Filter::isDisabled' => static fn () => $filter->isDisabled($name),
            'Filter::setKillSwitch' => static fn () => $filter->setKillSwitch(true, $name, 'r', 'b'),
        ];
        foreach ($calls as $what => $call) {
            try {
                $call();
                self::fail("$what accepted " . json_encode($name));
            } catch (InvalidInputException $e) {
                self::assertSame('SF_E_INVALID_ARGUMENT', $e->getStatus(), $what);
            }
        }
        self::assertSame('default', $session->feature(), 'a refused name changes nothing');
        self::assertDirectoryDoesNotExist($this->dir, 'nothing was written');
    }

    public function testValidFeatureNames(): void
    {
        $filter = $this->killSwitchFilter();
        foreach (['A-Z_09', str_repeat('a', 64), 'x', 'support_chat'] as $name) {
            $session = $filter->newSession($name);
            self::assertSame($name, $session->feature());
            self::assertFalse($filter->isDisabled($name));
        }
    }

    /**
     * Prints the per-call cost of isDisabled() (median of 100 000 individually timed calls, in µs),
     * with the default recheck interval (the production case: a clock read and a comparison) and
     * with 0 (a stat() per call). Printed, not asserted: timing depends on the machine.
     */
    public function testIsDisabledCost(): void
    {
        $n = 100000;
        $timer = [];
        for ($i = 0; $i < $n; $i++) {
            $t = hrtime(true);
            $timer[] = hrtime(true) - $t;
        }
        sort($timer);
        $overhead = $timer[$n >> 1] / 1000;

        $report = sprintf("\n[kill switch] isDisabled() per call, median of %d calls (timer overhead %.3f µs included):\n", $n, $overhead);
        foreach ([1000, 0] as $recheckMs) {
            $filter = $this->killSwitchFilter($recheckMs);
            foreach (['support_chat', null] as $feature) {
                $filter->isDisabled($feature); // warm up: first call stats the file
                $samples = [];
                for ($i = 0; $i < $n; $i++) {
                    $t = hrtime(true);
                    $filter->isDisabled($feature);
                    $samples[] = hrtime(true) - $t;
                }
                sort($samples);
                $report .= sprintf(
                    "  kill_switch_recheck_ms=%-4d feature=%-14s median %.3f µs  p99 %.3f µs\n",
                    $recheckMs,
                    $feature === null ? '(global)' : $feature,
                    $samples[$n >> 1] / 1000,
                    $samples[(int) ($n * 0.99)] / 1000
                );
                self::assertCount($n, $samples);
            }
        }
        fwrite(STDERR, $report);
    }
}
