<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

interface ConfigInterface
{
    /** Master switch: false refuses every LLM feature (never sends unfiltered). */
    public function isEnabled(): bool;

    /** Policy document, or null for the library's built-in default. */
    public function policyJson(): ?string;

    public function isFeatureEnabled(string $feature): bool;
}
