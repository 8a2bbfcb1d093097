<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

interface KillSwitchInterface
{
    /** True when every LLM call must be refused. Must not throw: when unsure, answer true. */
    public function isOn(): bool;
}
