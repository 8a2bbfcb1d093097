<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * What ConversationGuard needs from the filter engine. An interface (rather than the binding's final
 * SovereignFilter\Filter) so the logic is unit-tested without the native library. Implemented by
 * Model\SovereignFilterEngine on the PHP binding.
 *
 * @api
 */
interface FilterInterface
{
    /**
     * A new, empty pseudonym vault for one conversation of $feature (e.g. "support_chat"): the
     * library's per-feature kill switch and its inference log go by it.
     */
    public function newSession(?string $feature = null): FilterSessionInterface;

    /**
     * Opens a vault sealed by FilterSessionInterface::export(). The feature is not sealed with it:
     * pass it again.
     *
     * @throws \InvalidArgumentException when the blob cannot be opened (tampered, truncated, other key)
     */
    public function importSession(string $sealed, ?string $feature = null): FilterSessionInterface;

    /**
     * Scores a customer prompt for injection and extraction attempts (SovereignFilter\Filter::checkPrompt()).
     * A 'block' verdict is returned, not thrown; errors throw the binding's exceptions.
     *
     * @return array{verdict: 'allow'|'block', risk: float, rules: list<string>}
     */
    public function checkPrompt(string $prompt): array;
}
