<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\FilterInterface;
use Sovereign\Filter\Api\FilterSessionInterface;

/**
 * Stands in for the native engine: pseudonymizes e-mail addresses only, with the library's token
 * shape (<EMAIL_1>), and seals vaults with an HMAC so tampering is detected like the real thing.
 * Prompt check: blocks prompts containing one of $injectionPhrases. Output check (see
 * FakeFilterSession::checkOutput()): restores, redacts foreign e-mail addresses, blocks on
 * SECRET_MARKER and on "sf-canary-".
 */
final class FakeFilter implements FilterInterface
{
    private const KEY = 'fake-filter-test-key';

    /** A reply containing this is blocked like a secret by the real library. */
    public const SECRET_MARKER = 'sk_live_FAKE_SECRET';

    /** Prompts containing one of these (case-insensitive) get a 'block' verdict. */
    public array $injectionPhrases = ['ignore all previous instructions'];

    /** Thrown by every redact() when set (e.g. a BlockedException). */
    public ?\Throwable $redactThrows = null;
    public ?\Throwable $restoreThrows = null;
    public ?\Throwable $checkOutputThrows = null;
    public ?\Throwable $checkPromptThrows = null;
    /** @var list<string> every prompt given to checkPrompt() */
    public array $checkedPrompts = [];
    /** @var list<string> every reply given to checkOutput() */
    public array $checkedReplies = [];
    public ?\Throwable $exportThrows = null;
    public ?\Throwable $newSessionThrows = null;
    public int $newSessions = 0;
    public int $imports = 0;
    /** @var list<?string> the feature of every session opened (new or imported) */
    public array $sessionFeatures = [];
    /**
     * Features whose sessions refuse redact() and checkOutput() with AiDisabledException, like the
     * library while its kill switch is on for them.
     *
     * @var list<string>
     */
    public array $disabledFeatures = [];

    public function newSession(?string $feature = null): FilterSessionInterface
    {
        if ($this->newSessionThrows !== null) {
            throw $this->newSessionThrows;
        }
        $this->newSessions++;
        $this->sessionFeatures[] = $feature;
        return new FakeFilterSession($this, [], $feature ?? 'default');
    }

    public function importSession(string $sealed, ?string $feature = null): FilterSessionInterface
    {
        $parts = explode('.', $sealed);
        if (\count($parts) !== 2 || !hash_equals(hash_hmac('sha256', $parts[0], self::KEY), $parts[1])) {
            throw new \InvalidArgumentException('sealed conversation vault cannot be opened');
        }
        $vault = json_decode((string) base64_decode($parts[0], true), true);
        if (!\is_array($vault)) {
            throw new \InvalidArgumentException('sealed conversation vault cannot be opened');
        }
        $this->imports++;
        // Like the library, the feature is not part of the sealed vault.
        $this->sessionFeatures[] = $feature;
        return new FakeFilterSession($this, $vault, $feature ?? 'default');
    }

    public function checkPrompt(string $prompt): array
    {
        $this->checkedPrompts[] = $prompt;
        if ($this->checkPromptThrows !== null) {
            throw $this->checkPromptThrows;
        }
        foreach ($this->injectionPhrases as $phrase) {
            if (stripos($prompt, $phrase) !== false) {
                return ['verdict' => 'block', 'risk' => 0.95, 'rules' => ['override.ignore_previous']];
            }
        }
        return ['verdict' => 'allow', 'risk' => 0.0, 'rules' => []];
    }

    /** @param array<string, string> $vault token => original */
    public static function seal(array $vault): string
    {
        $payload = base64_encode((string) json_encode($vault));
        return $payload . '.' . hash_hmac('sha256', $payload, self::KEY);
    }
}
