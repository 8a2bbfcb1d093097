<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

use Symfony\Component\Console\Command\Command;

/** Stub of Symfony\Component\Console\Input\InputInterface (the methods the module uses). */
interface InputInterface
{
    /** Stub-only: the real bind() takes an InputDefinition. */
    public function bind(Command $command);

    public function getArgument(string $name);

    public function getOption(string $name);
}
