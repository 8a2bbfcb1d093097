<?php

declare(strict_types=1);

namespace Sovereign\Filter\Api;

/**
 * Where sealed vaults live between requests. Implemented by Model\CustomerSessionStore (the
 * customer session); values are sealed by the library, never the original text in clear.
 *
 * @api
 */
interface SessionStoreInterface
{
    public function load(string $key): ?string;

    public function save(string $key, string $value): void;

    public function delete(string $key): void;
}
