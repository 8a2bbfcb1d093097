<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * Base of every error the binding throws. getStatus() is the C status name ("SF_E_POLICY", ...)
 * so callers can log it without knowing the enum values.
 */
class SovereignFilterException extends \RuntimeException
{
    private string $status;

    public function __construct(string $message, string $status, ?\Throwable $previous = null)
    {
        parent::__construct($message, 0, $previous);
        $this->status = $status;
    }

    public function getStatus(): string
    {
        return $this->status;
    }
}
