<?php

declare(strict_types=1);

namespace Symfony\Component\Console\Command;

use Symfony\Component\Console\Input\InputArgument;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Input\InputOption;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * Stub of Symfony\Component\Console\Command\Command: configure() from the constructor, a
 * definition of arguments/options, and run() binding the input and calling execute().
 */
class Command
{
    public const SUCCESS = 0;
    public const FAILURE = 1;
    public const INVALID = 2;

    private ?string $name = null;
    private string $description = '';
    /** @var array<string, InputArgument> */
    private array $arguments = [];
    /** @var array<string, InputOption> */
    private array $options = [];

    public function __construct(?string $name = null)
    {
        if ($name !== null) {
            $this->setName($name);
        }
        $this->configure();
    }

    protected function configure()
    {
    }

    protected function execute(InputInterface $input, OutputInterface $output)
    {
        throw new \LogicException('You must override the execute() method in the concrete command class.');
    }

    public function run(InputInterface $input, OutputInterface $output): int
    {
        $input->bind($this);
        return $this->execute($input, $output);
    }

    public function setName(string $name): static
    {
        $this->name = $name;
        return $this;
    }

    public function getName(): ?string
    {
        return $this->name;
    }

    public function setDescription(string $description): static
    {
        $this->description = $description;
        return $this;
    }

    public function getDescription(): string
    {
        return $this->description;
    }

    public function addArgument(string $name, ?int $mode = null, string $description = '', mixed $default = null): static
    {
        $this->arguments[$name] = new InputArgument($name, $mode, $description, $default);
        return $this;
    }

    public function addOption(string $name, string|array|null $shortcut = null, ?int $mode = null, string $description = '', mixed $default = null): static
    {
        $this->options[$name] = new InputOption($name, $shortcut, $mode, $description, $default);
        return $this;
    }

    /** @return array<string, InputArgument> */
    public function getArguments(): array
    {
        return $this->arguments;
    }

    /** @return array<string, InputOption> */
    public function getOptions(): array
    {
        return $this->options;
    }
}
