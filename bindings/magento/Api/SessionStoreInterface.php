<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

/** Where sealed vaults live between requests (the customer session in Magento). */
interface SessionStoreInterface
{
    public function load(string $key): ?string;

    public function save(string $key, string $value): void;

    public function delete(string $key): void;
}
