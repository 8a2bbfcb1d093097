<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Output;

/** Stub of Symfony\Component\Console\Output\OutputInterface (the methods the module uses). */
interface OutputInterface
{
    public function writeln(string|iterable $messages, int $options = 0);
}
