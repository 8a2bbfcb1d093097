<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * The one door to the language model. Shop code calls complete(); this module's around plugin
 * cleans the prompt before any implementation sees it and restores pseudonyms in the reply.
 * Implement it in the shop's own module (di.xml preference) with the actual HTTP client.
 */
interface LlmClientInterface
{
    /**
     * @param string $feature one of the configured features: product_discovery, support_chat, checkout_assist
     * @param string $prompt  the customer-facing prompt (may contain PII; it is cleaned before it is sent)
     *
     * @return string the model's reply, with pseudonyms replaced by the original values
     *
     * @throws \Magento\Framework\Exception\LocalizedException when the call is refused (fail closed)
     */
    public function complete(string $feature, string $prompt): string;
}
