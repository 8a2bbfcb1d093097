<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\FilterSessionInterface;
use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\OutputCheck;

final class FakeFilterSession implements FilterSessionInterface
{
    /** @param array<string, string> $vault token => original */
    public function __construct(private FakeFilter $filter, private array $vault, public readonly string $feature = 'default')
    {
    }

    private function assertNotDisabled(string $function): void
    {
        if (\in_array($this->feature, $this->filter->disabledFeatures, true)) {
            throw new AiDisabledException("$function failed: SF_E_DISABLED (the kill switch is on)", 'SF_E_DISABLED');
        }
    }

    public function redact(string $text): string
    {
        if ($this->filter->redactThrows !== null) {
            throw $this->filter->redactThrows;
        }
        $this->assertNotDisabled('sf_redact');
        return (string) preg_replace_callback('/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/', function (array $m): string {
            $token = array_search($m[0], $this->vault, true);
            if ($token === false) {
                $token = sprintf('<EMAIL_%d>', \count($this->vault) + 1);
                $this->vault[$token] = $m[0];
            }
            return (string) $token;
        }, $text);
    }

    public function restore(string $text): string
    {
        if ($this->filter->restoreThrows !== null) {
            throw $this->filter->restoreThrows;
        }
        return strtr($text, $this->vault);
    }

    public function checkOutput(string $reply): OutputCheck
    {
        $this->filter->checkedReplies[] = $reply;
        if ($this->filter->checkOutputThrows !== null) {
            throw $this->filter->checkOutputThrows;
        }
        $this->assertNotDisabled('sf_check_output');
        $restored = strtr($reply, $this->vault);
        if (str_contains($restored, 'sf-canary-')) {
            return new OutputCheck(OutputCheck::BLOCK, '', [['rule' => 'canary']]);
        }
        $at = strpos($restored, FakeFilter::SECRET_MARKER);
        if ($at !== false) {
            return new OutputCheck(OutputCheck::BLOCK, '', [['type' => 'SECRET', 'start' => $at, 'end' => $at + \strlen(FakeFilter::SECRET_MARKER)]]);
        }
        $reasons = [];
        $own = array_values($this->vault);
        $text = (string) preg_replace_callback('/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/', function (array $m) use ($own, &$reasons): string {
            if (\in_array($m[0], $own, true)) {
                return $m[0];
            }
            $reasons[] = ['type' => 'EMAIL'];
            return '[EMAIL]';
        }, $restored);
        return new OutputCheck($reasons === [] ? OutputCheck::ALLOW : OutputCheck::REDACT, $text, $reasons);
    }

    public function export(): string
    {
        if ($this->filter->exportThrows !== null) {
            throw $this->filter->exportThrows;
        }
        return FakeFilter::seal($this->vault);
    }
}
