<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * The emergency stop ConversationGuard asks before every call. Implemented by Model\KillSwitch on
 * the library's own switch (bin/magento sovereign:kill-switch).
 *
 * @api
 */
interface KillSwitchInterface
{
    /**
     * True when LLM calls must be refused: globally ($feature null) or for $feature (which is also
     * true while the global switch is on). Must not throw: when unsure, answer true.
     */
    public function isOn(?string $feature = null): bool;
}
