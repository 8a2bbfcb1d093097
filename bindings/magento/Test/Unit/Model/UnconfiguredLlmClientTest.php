<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Model;

use Magento\Framework\Exception\LocalizedException;
use PHPUnit\Framework\TestCase;
use Sovereign\Filter\Model\UnconfiguredLlmClient;

final class UnconfiguredLlmClientTest extends TestCase
{
    public function testRefuses(): void
    {
        $this->expectException(LocalizedException::class);
        (new UnconfiguredLlmClient())->complete('support_chat', 'hello');
    }
}
