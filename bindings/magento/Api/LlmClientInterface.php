<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * The one door to the language model. Shop code calls complete(); this module's around plugin
 * cleans the prompt before any implementation sees it (after refusing injection attempts) and
 * checks the reply (pseudonyms restored, leaks redacted, unsafe replies refused).
 * Implement it in the shop's own module (di.xml preference) with the actual HTTP client.
 *
 * @api
 */
interface LlmClientInterface
{
    /**
     * @param string $feature one of the configured features: product_discovery, support_chat, checkout_assist
     * @param string $prompt  the customer-facing prompt (may contain PII; it is cleaned before it is sent)
     *
     * @return string the model's reply, checked: pseudonyms replaced by the original values, PII the
     *                customer did not give redacted
     *
     * @throws \Magento\Framework\Exception\LocalizedException when the call or the reply is refused (fail closed)
     */
    public function complete(string $feature, string $prompt): string;
}
