<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Input;

use Symfony\Component\Console\Command\Command;

/**
 * Stub of Symfony\Component\Console\Input\ArrayInput: ['action' => 'on', '--reason' => '...'].
 * bind() rejects unknown arguments/options and missing required arguments, like Symfony.
 */
class ArrayInput implements InputInterface
{
    private array $arguments = [];
    private array $options = [];

    public function __construct(private array $parameters)
    {
    }

    public function bind(Command $command)
    {
        $this->arguments = [];
        $this->options = [];
        foreach ($command->getArguments() as $name => $argument) {
            $this->arguments[$name] = $argument->default;
        }
        foreach ($command->getOptions() as $name => $option) {
            $this->options[$name] = $option->default;
        }
        foreach ($this->parameters as $key => $value) {
            if (str_starts_with((string) $key, '--')) {
                $name = substr((string) $key, 2);
                if (!array_key_exists($name, $this->options)) {
                    throw new \RuntimeException(sprintf('The "--%s" option does not exist.', $name));
                }
                $this->options[$name] = $value;
            } else {
                if (!array_key_exists((string) $key, $this->arguments)) {
                    throw new \RuntimeException(sprintf('The "%s" argument does not exist.', $key));
                }
                $this->arguments[$key] = $value;
            }
        }
        foreach ($command->getArguments() as $name => $argument) {
            if ($argument->isRequired() && $this->arguments[$name] === null) {
                throw new \RuntimeException(sprintf('Not enough arguments (missing: "%s").', $name));
            }
        }
    }

    public function getArgument(string $name)
    {
        if (!array_key_exists($name, $this->arguments)) {
            throw new \InvalidArgumentException(sprintf('The "%s" argument does not exist.', $name));
        }
        return $this->arguments[$name];
    }

    public function getOption(string $name)
    {
        if (!array_key_exists($name, $this->options)) {
            throw new \InvalidArgumentException(sprintf('The "%s" option does not exist.', $name));
        }
        return $this->options[$name];
    }
}
