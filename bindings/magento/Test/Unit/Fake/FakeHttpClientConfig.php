<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\HttpClientConfigInterface;

final class FakeHttpClientConfig implements HttpClientConfigInterface
{
    /** @var list<string> */
    public array $hosts = [];
    public string $onBlock = 'response';

    public function modelHosts(): array
    {
        return $this->hosts;
    }

    public function onBlock(): string
    {
        return $this->onBlock;
    }
}
