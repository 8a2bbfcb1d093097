<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/**
 * What PromptGuard needs from the filter engine. An interface (rather than the binding's final
 * SovereignFilter\Filter) so the logic is unit-tested without the native library.
 */
interface FilterInterface
{
    /** A new, empty pseudonym vault for one conversation. */
    public function newSession(): FilterSessionInterface;

    /**
     * Opens a vault sealed by FilterSessionInterface::export().
     *
     * @throws \InvalidArgumentException when the blob cannot be opened (tampered, truncated, other key)
     */
    public function importSession(string $sealed): FilterSessionInterface;

    /**
     * Scores a customer prompt for injection and extraction attempts (SovereignFilter\Filter::checkPrompt()).
     * A 'block' verdict is returned, not thrown; errors throw the binding's exceptions.
     *
     * @return array{verdict: 'allow'|'block', risk: float, rules: list<string>}
     */
    public function checkPrompt(string $prompt): array;
}
