<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\LlmClientInterface;

/** The "model": records every prompt it receives and answers by quoting it (or with $reply when set). */
final class RecordingLlmClient implements LlmClientInterface
{
    /** @var list<array{string, string}> [feature, prompt] */
    public array $calls = [];
    public ?string $reply = null;

    public function complete(string $feature, string $prompt): string
    {
        $this->calls[] = [$feature, $prompt];
        return $this->reply ?? 'You said: ' . $prompt;
    }
}
