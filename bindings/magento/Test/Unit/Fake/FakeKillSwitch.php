<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\KillSwitchInterface;

final class FakeKillSwitch implements KillSwitchInterface
{
    /** The global switch. */
    public bool $on = false;
    /** @var array<string, bool> per-feature switches */
    public array $features = [];
    /** @var list<?string> every feature asked about (null: the global switch) */
    public array $asked = [];

    public function isOn(?string $feature = null): bool
    {
        $this->asked[] = $feature;
        return $this->on || ($feature !== null && ($this->features[$feature] ?? false));
    }
}
