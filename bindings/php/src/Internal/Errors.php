<?php

declare(strict_types=1);

namespace SovereignFilter\Internal;

use SovereignFilter\Exception\AiDisabledException;
use SovereignFilter\Exception\BlockedException;
use SovereignFilter\Exception\InternalException;
use SovereignFilter\Exception\InvalidInputException;
use SovereignFilter\Exception\LimitException;
use SovereignFilter\Exception\PolicyException;
use SovereignFilter\Exception\RegionException;
use SovereignFilter\Exception\SessionFullException;
use SovereignFilter\Exception\SovereignFilterException;
use SovereignFilter\Status;

/**
 * Maps a non-OK sf_status to the exception class callers catch.
 *
 * @internal
 */
final class Errors
{
    private function __construct()
    {
    }

    public static function forStatus(int $status, string $function, ?string $detail = null): SovereignFilterException
    {
        $name = Status::name($status);
        $message = sprintf('%s failed: %s (%s)', $function, $name, Status::meaning($status));
        if ($detail !== null && $detail !== '') {
            $message .= ': ' . $detail;
        }

        switch ($status) {
            case Status::BLOCKED:
                return new BlockedException($message, $name);
            case Status::E_POLICY:
                return new PolicyException($message, $name);
            case Status::E_DISABLED:
                return new AiDisabledException($message, $name);
            case Status::E_INVALID_ARGUMENT:
            case Status::E_INVALID_UTF8:
            case Status::E_TOO_LARGE:
                return new InvalidInputException($message, $name);
            case Status::E_LIMIT:
                return new LimitException($message, $name);
            case Status::E_SESSION_FULL:
                return new SessionFullException($message, $name);
            case Status::E_REGION:
                return new RegionException($message, $name);
            default:
                // NOMEM, INTERNAL and anything the binding does not know: never treat as success.
                return new InternalException($message, $name);
        }
    }

    public static function internal(string $message, ?\Throwable $previous = null): InternalException
    {
        return new InternalException($message, Status::name(Status::E_INTERNAL), $previous);
    }
}
