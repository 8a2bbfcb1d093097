<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

interface KillSwitchInterface
{
    /**
     * True when LLM calls must be refused: globally ($feature null) or for $feature (which is also
     * true while the global switch is on). Must not throw: when unsure, answer true.
     */
    public function isOn(?string $feature = null): bool;
}
