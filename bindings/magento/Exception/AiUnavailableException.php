<?php

declare(strict_types=1);

namespace Sovereign\Filter\Exception;

use Magento\Framework\Exception\LocalizedException;
use Sovereign\Filter\Model\PromptRefusedException;

/**
 * What storefront code sees when a prompt is refused: a LocalizedException, so controllers show
 * its (translated, PII-free) message to the shopper like any other Magento error.
 */
class AiUnavailableException extends LocalizedException
{
    private string $reason = PromptRefusedException::FILTER_ERROR;

    public static function fromRefusal(PromptRefusedException $refusal): self
    {
        switch ($refusal->getReason()) {
            case PromptRefusedException::BLOCKED:
                $phrase = __('Your message contains details that cannot be sent to the assistant, such as payment data or passwords. Please remove them and try again.');
                break;
            case PromptRefusedException::PROMPT_REJECTED:
                $phrase = __('The assistant cannot help with this request. Please rephrase your question.');
                break;
            case PromptRefusedException::OUTPUT_BLOCKED:
                $phrase = __('The assistant could not give an answer that is safe to show. Please rephrase your question.');
                break;
            default:
                $phrase = __('The assistant is not available at the moment. Please try again later.');
        }
        $e = new self($phrase, $refusal);
        $e->reason = $refusal->getReason();
        return $e;
    }

    /** One of the PromptRefusedException reason constants. */
    public function getReason(): string
    {
        return $this->reason;
    }
}
