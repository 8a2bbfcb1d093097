<?php

declare(strict_types=1);

namespace Sovereign\Filter\Test\Unit\Fake;

use Sovereign\Filter\Api\SessionStoreInterface;

final class InMemorySessionStore implements SessionStoreInterface
{
    /** @var array<string, string> */
    public array $data = [];
    public ?\Throwable $saveThrows = null;

    public function load(string $key): ?string
    {
        return $this->data[$key] ?? null;
    }

    public function save(string $key, string $value): void
    {
        if ($this->saveThrows !== null) {
            throw $this->saveThrows;
        }
        $this->data[$key] = $value;
    }

    public function delete(string $key): void
    {
        unset($this->data[$key]);
    }
}
