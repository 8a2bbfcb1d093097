<?php

declare(strict_types=1);

namespace Magento\Framework;

/** Stub of Magento\Framework\Phrase: text with %1-style placeholders, no translation. */
class Phrase
{
    private string $text;
    private array $arguments;

    public function __construct($text, array $arguments = [])
    {
        $this->text = (string) $text;
        $this->arguments = $arguments;
    }

    public function getText(): string
    {
        return $this->text;
    }

    public function getArguments(): array
    {
        return $this->arguments;
    }

    public function render(): string
    {
        $text = $this->text;
        foreach ($this->arguments as $i => $value) {
            $text = str_replace('%' . (is_int($i) ? $i + 1 : $i), (string) $value, $text);
        }
        return $text;
    }

    public function __toString(): string
    {
        return $this->render();
    }
}
