<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Stub of Symfony\Component\Console\Input\InputOption. */
class InputOption
{
    public const VALUE_NONE = 1;
    public const VALUE_REQUIRED = 2;
    public const VALUE_OPTIONAL = 4;
    public const VALUE_IS_ARRAY = 8;
    public const VALUE_NEGATABLE = 16;

    public function __construct(
        public readonly string $name,
        public readonly string|array|null $shortcut = null,
        public readonly ?int $mode = null,
        public readonly string $description = '',
        public readonly mixed $default = null
    ) {
    }
}
