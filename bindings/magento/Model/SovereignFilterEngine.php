<?php

declare(strict_types=1);

namespace Sovereign\Filter\Model;

use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Filter;

/**
 * FilterInterface on the PHP binding. The engine is built on first use (not in the constructor)
 * so Magento can instantiate the plugin chain, e.g. for bin/magento, without the library.
 */
class SovereignFilterEngine implements FilterInterface
{
    private ConfigInterface $config;
    private ?string $library;
    private ?Filter $filter = null;

    /** @param string|null $library null: the binding's lookup (preloaded scope, $SOVEREIGN_FILTER_LIB, ...) */
    public function __construct(ConfigInterface $config, ?string $library = null)
    {
        $this->config = $config;
        $this->library = $library;
    }

    public function newSession(): FilterSessionInterface
    {
        $filter = $this->filter();
        return new SovereignFilterSession($filter, $filter->newSession());
    }

    public function importSession(string $sealed): FilterSessionInterface
    {
        $filter = $this->filter();
        try {
            return new SovereignFilterSession($filter, $filter->importSession($sealed));
        } catch (InvalidInputException $e) {
            throw new \InvalidArgumentException('sealed conversation vault cannot be opened', 0, $e);
        }
    }

    public function checkPrompt(string $prompt): array
    {
        return $this->filter()->checkPrompt($prompt);
    }

    private function filter(): Filter
    {
        return $this->filter ??= new Filter($this->config->policyJson(), $this->library);
    }
}
