<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Model\KillSwitchInterface;

final class FakeKillSwitch implements KillSwitchInterface
{
    public bool $on = false;

    public function isOn(): bool
    {
        return $this->on;
    }
}
