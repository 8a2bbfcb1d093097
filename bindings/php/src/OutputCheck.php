<?php

declare(strict_types=1);

namespace SovereignFilter;

/**
 * The result of checking a model reply (Filter::checkOutput(), Session::checkOutput()).
 *
 * Show $text, never the reply that was checked: it has the session's pseudonyms restored and PII
 * the customer did not give redacted. On a block verdict $text is '' — show a refusal instead.
 *
 * Immutable value object (readonly properties; PHP 8.1 compatible, hence not a `readonly class`).
 */
final class OutputCheck
{
    public const ALLOW = 'allow';
    public const REDACT = 'redact';
    public const BLOCK = 'block';

    /** 'allow' (nothing changed but restored pseudonyms), 'redact' (leaks replaced) or 'block'. */
    public readonly string $verdict;

    /** The text to show: pseudonyms restored, leaks redacted; '' when blocked. */
    public readonly string $text;

    /**
     * Why the reply was redacted or blocked, as the library reports it:
     * ['type' => 'EMAIL', 'start' => int, 'end' => int] for an entity (byte offsets into the reply
     * after pseudonyms were restored), ['rule' => 'canary' | 'system_prompt'] for a rule.
     *
     * @var list<array<string, mixed>>
     */
    public readonly array $reasons;

    /**
     * @param list<array<string, mixed>> $reasons
     *
     * @throws \InvalidArgumentException for an unknown verdict, or text with a block verdict
     */
    public function __construct(string $verdict, string $text, array $reasons = [])
    {
        if (!\in_array($verdict, [self::ALLOW, self::REDACT, self::BLOCK], true)) {
            throw new \InvalidArgumentException(sprintf('unknown verdict "%s"', $verdict));
        }
        if ($verdict === self::BLOCK && $text !== '') {
            // Fail closed: a blocked reply never carries text.
            throw new \InvalidArgumentException('a blocked output check carries no text');
        }
        if (!array_is_list($reasons)) {
            throw new \InvalidArgumentException('reasons must be a list');
        }
        foreach ($reasons as $reason) {
            if (!\is_array($reason)) {
                throw new \InvalidArgumentException('every reason must be an array');
            }
        }
        $this->verdict = $verdict;
        $this->text = $text;
        $this->reasons = $reasons;
    }

    /** The reply must not be shown; $text is ''. */
    public function isBlocked(): bool
    {
        return $this->verdict === self::BLOCK;
    }

    /** Nothing had to be removed ($text is the reply with the session's pseudonyms restored). */
    public function isAllowed(): bool
    {
        return $this->verdict === self::ALLOW;
    }

    /** Leaks were replaced; $text is safe to show. */
    public function isRedacted(): bool
    {
        return $this->verdict === self::REDACT;
    }

    /**
     * The rule names among the reasons (e.g. ['canary'], ['system_prompt']).
     *
     * @return list<string>
     */
    public function rules(): array
    {
        $rules = [];
        foreach ($this->reasons as $reason) {
            if (isset($reason['rule']) && \is_string($reason['rule'])) {
                $rules[] = $reason['rule'];
            }
        }
        return $rules;
    }
}
