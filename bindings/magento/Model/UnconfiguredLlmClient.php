<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use Magento\Framework\Exception\LocalizedException;
use Sovereign\Filter\Api\LlmClientInterface;

/**
 * Default preference for LlmClientInterface so DI compiles before the shop declares its real
 * client. It refuses; it never talks to any model.
 */
class UnconfiguredLlmClient implements LlmClientInterface
{
    public function complete(string $feature, string $prompt): string
    {
        throw new LocalizedException(__('The assistant is not available at the moment.'));
    }
}
