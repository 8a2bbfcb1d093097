<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

/** Stub of Symfony\Component\Console\Input\InputArgument. */
class InputArgument
{
    public const REQUIRED = 1;
    public const OPTIONAL = 2;
    public const IS_ARRAY = 4;

    public function __construct(
        public readonly string $name,
        public readonly ?int $mode = null,
        public readonly string $description = '',
        public readonly mixed $default = null
    ) {
    }

    public function isRequired(): bool
    {
        return (($this->mode ?? self::OPTIONAL) & self::REQUIRED) === self::REQUIRED;
    }
}
