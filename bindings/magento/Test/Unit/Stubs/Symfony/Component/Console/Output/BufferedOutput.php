<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Output;

/** Stub of Symfony\Component\Console\Output\BufferedOutput (tags are kept verbatim). */
class BufferedOutput implements OutputInterface
{
    private string $buffer = '';

    public function writeln(string|iterable $messages, int $options = 0)
    {
        foreach (is_string($messages) ? [$messages] : $messages as $message) {
            $this->buffer .= $message . "\n";
        }
    }

    public function fetch(): string
    {
        $content = $this->buffer;
        $this->buffer = '';
        return $content;
    }
}
