<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * The module's settings (Stores > Configuration > Sovereign): master switch, policy document and
 * the per-feature switches. Implemented by Model\Config on Magento's scope config.
 *
 * @api
 */
interface ConfigInterface
{
    /** Master switch: false refuses every LLM feature (never sends unfiltered). */
    public function isEnabled(): bool;

    /** Policy document, or null for the library's built-in default. */
    public function policyJson(): ?string;

    public function isFeatureEnabled(string $feature): bool;
}
