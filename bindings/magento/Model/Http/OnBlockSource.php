<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model\Http;

use Magento\Framework\Data\OptionSourceInterface;

/** The choices of "On Refusal" (sovereign_filter/http_clients/on_block). */
class OnBlockSource implements OptionSourceInterface
{
    public function toOptionArray(): array
    {
        return [
            ['value' => 'response', 'label' => __('OpenAI-style error response')],
            ['value' => 'exception', 'label' => __('Exception')],
        ];
    }
}
