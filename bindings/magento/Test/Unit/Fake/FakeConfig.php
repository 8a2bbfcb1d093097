<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\ConfigInterface;

final class FakeConfig implements ConfigInterface
{
    public bool $enabled = true;
    public ?string $policy = null;
    /** @var array<string, bool> */
    public array $features = ['product_discovery' => true, 'support_chat' => true, 'checkout_assist' => true];

    public function isEnabled(): bool
    {
        return $this->enabled;
    }

    public function policyJson(): ?string
    {
        return $this->policy;
    }

    public function isFeatureEnabled(string $feature): bool
    {
        return $this->features[$feature] ?? false;
    }
}
