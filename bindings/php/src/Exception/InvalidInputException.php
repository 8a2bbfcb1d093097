<?php

declare(strict_types=1);

namespace SovereignFilter\Exception;

/**
 * The input was refused: not UTF-8, too large, or a tampered/foreign sealed session
 * (SF_E_INVALID_UTF8, SF_E_TOO_LARGE, SF_E_INVALID_ARGUMENT).
 */
final class InvalidInputException extends SovereignFilterException
{
}
